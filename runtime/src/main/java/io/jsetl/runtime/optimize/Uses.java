package io.jsetl.runtime.optimize;

import java.util.List;

/** How the plan words the consumers of a value, the same way in every line of {@code explain()}. */
final class Uses {
  private Uses() {}

  /** {@code C.c, E.e}, {@code C.c and its sink out}, {@code its sink out}, or {@code nothing}. */
  static String describe(List<String> consumers, String sink) {
    String nodes = String.join(", ", consumers);
    if (sink.isEmpty()) {
      return consumers.isEmpty() ? "nothing" : nodes;
    }
    return consumers.isEmpty() ? "its sink " + sink : nodes + " and its sink " + sink;
  }
}
