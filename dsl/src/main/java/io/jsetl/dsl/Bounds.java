package io.jsetl.dsl;

/** How a numeric bound is written in rule names: whole numbers without ".0", open bounds empty. */
final class Bounds {
  private Bounds() {}

  static String text(double d) {
    if (Double.isInfinite(d)) {
      return "";
    }
    return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
  }
}
