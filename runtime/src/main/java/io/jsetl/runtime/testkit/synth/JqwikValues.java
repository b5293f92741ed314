package io.jsetl.runtime.testkit.synth;

import java.util.Random;
import java.util.function.Function;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.RandomGenerator;
import net.jqwik.api.sessions.JqwikSession;
import org.jspecify.annotations.Nullable;

/**
 * Where synthesis meets jqwik, kept in this one class so that the rest runs without jqwik on the
 * class path (jqwik is an optional dependency of the runtime). Internal: use {@code Synth}.
 */
public final class JqwikValues {
  private JqwikValues() {}

  /** Middle of jqwik's range: sizes of strings and collections like a property's. */
  private static final int GEN_SIZE = 1000;

  /** Values of a column drawn from a user's {@link Arbitrary}, with the synthesis' randomness. */
  public static ValueSource source(Arbitrary<?> values) {
    return new ValueSource() {
      @Override
      public @Nullable Object draw(Random random) {
        RandomGenerator<?> generator = values.generator(GEN_SIZE);
        return generator.next(random).value();
      }

      @Override
      public <T> T around(Supplier<T> synthesis) {
        return inJqwikContext(synthesis);
      }
    };
  }

  /** An arbitrary of rows that {@code row} draws; it does not shrink. */
  public static <R> Arbitrary<R> arbitrary(Function<Random, R> row) {
    return Arbitraries.randomValue(row::apply);
  }

  /**
   * jqwik's generators need a jqwik context: a property (or a hook) provides one; outside them, as
   * in {@code synth.valid(n, seed)} from a plain JUnit test, a {@link JqwikSession} does. jqwik has
   * no API to ask which is the case, so the synthesis runs, and runs again in a session if jqwik
   * says it is outside; {@code synthesis} starts from its seed each time, so the rows are the same.
   */
  private static <T> T inJqwikContext(Supplier<T> synthesis) {
    if (!JqwikSession.isActive()) {
      try {
        return synthesis.get();
      } catch (RuntimeException e) {
        if (!outsideJqwik(e)) {
          throw e;
        }
      }
      JqwikSession.start();
      try {
        return synthesis.get();
      } finally {
        JqwikSession.finish();
      }
    }
    return synthesis.get();
  }

  /** jqwik's OutsideJqwikException is engine-internal, hence no catch clause of its own type. */
  private static boolean outsideJqwik(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t.getClass().getSimpleName().equals("OutsideJqwikException")) {
        return true;
      }
    }
    return false;
  }
}
