package io.jsetl.runtime.testkit.synth;

import java.util.Random;

/** What value generators draw from: the randomness of one synthesis and its nested records. */
interface Draw {
  Random random();

  /** How many rows this synthesis makes: value ranges widen with it, so keys can stay distinct. */
  int rows();

  /** A valid record of {@code model} (for a record held in a column or a collection). */
  Object record(RecordModel model);

  /** Whether to take an edge of a range (its bounds are the values most likely to catch bugs). */
  default boolean edge() {
    return random().nextInt(10) == 0;
  }

  /** A uniform long in {@code [a, z]}; {@code a} when the interval is empty. */
  default long between(long a, long z) {
    if (a >= z) {
      return a;
    }
    long span = z - a;
    if (span > 0 && span < Long.MAX_VALUE) {
      return a + random().nextLong(span + 1);
    }
    while (true) {
      long v = random().nextLong();
      if (v >= a && v <= z) {
        return v;
      }
    }
  }

  /** A uniform int in {@code [a, z]}; {@code a} when the interval is empty. */
  default int between(int a, int z) {
    return (int) between((long) a, (long) z);
  }
}
