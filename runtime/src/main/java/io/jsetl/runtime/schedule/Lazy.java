package io.jsetl.runtime.schedule;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/** A value made on first use, once, so that plans and diagrams never start Spark. */
final class Lazy<T extends Object> implements Supplier<T> {
  private final Supplier<T> make;
  private volatile @Nullable T value;

  Lazy(Supplier<T> make) {
    this.make = Objects.requireNonNull(make, "make");
  }

  @Override
  public T get() {
    T v = value;
    if (v == null) {
      synchronized (this) {
        v = value;
        if (v == null) {
          v = make.get();
          if (v == null) {
            throw new IllegalStateException("a lazy value cannot be null");
          }
          value = v;
        }
      }
    }
    return v;
  }

  /** The value if it was made; never makes it. */
  Optional<T> ifMade() {
    return Optional.ofNullable(value);
  }
}
