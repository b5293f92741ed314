package io.jsetl.runtime.testkit.synth;

import java.util.Random;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Values a user gives for one column ({@code Synth.with}), drawn with the synthesis' randomness.
 */
public interface ValueSource {
  @Nullable Object draw(Random random);

  /** Runs a whole synthesis in whatever context drawing needs (jqwik needs a session). */
  default <T> T around(Supplier<T> synthesis) {
    return synthesis.get();
  }
}
