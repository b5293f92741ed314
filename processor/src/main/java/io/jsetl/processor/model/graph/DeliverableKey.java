package io.jsetl.processor.model.graph;

import io.jsetl.processor.util.TypeStrings;
import java.util.Comparator;
import java.util.Objects;

/**
 * What a factory delivers or needs: its full generic type, spelled by {@link TypeStrings#canonical}
 * ({@code org.apache.spark.sql.Dataset<com.acme.Citizen>}), and its id ({@code ""} is the default).
 * Generated code passes both to the runtime's {@code Key.of(type, id)}.
 */
public record DeliverableKey(String type, String id) implements Comparable<DeliverableKey> {
  private static final Comparator<DeliverableKey> ORDER =
      Comparator.comparing(DeliverableKey::type).thenComparing(DeliverableKey::id);

  public DeliverableKey {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(id, "id");
  }

  public boolean hasDefaultId() {
    return id.isEmpty();
  }

  /** {@code Dataset<Citizen>} without packages, as the runtime's {@code Key.simpleType()}. */
  public String simpleType() {
    return TypeStrings.simple(type);
  }

  /**
   * For messages: {@code Dataset<Citizen> "adults"}, or {@code Dataset<Citizen>} for the default
   * id.
   */
  public String display() {
    return hasDefaultId() ? simpleType() : simpleType() + " \"" + id + "\"";
  }

  @Override
  public int compareTo(DeliverableKey other) {
    return ORDER.compare(this, other);
  }
}
