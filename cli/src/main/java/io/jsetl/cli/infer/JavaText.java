package io.jsetl.cli.infer;

/** Java literals for values taken from data. */
final class JavaText {
  private JavaText() {}

  /**
   * A string literal. Control characters become octal escapes, not {@code \}{@code u} escapes:
   * javac translates those before it reads the literal, so a newline would end it.
   */
  static String string(String value) {
    StringBuilder out = new StringBuilder("\"");
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20 || c == 0x7f) {
            out.append(String.format("\\%03o", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }

  /**
   * A number for a {@code double} annotation member: {@code 150} for a whole number that fits an
   * int (as people write it), Java's shortest exact form otherwise ({@code 0.1}, {@code 3.0E9}).
   */
  static String number(double value) {
    if (value == Math.rint(value) && Math.abs(value) <= Integer.MAX_VALUE) {
      return Long.toString((long) value);
    }
    return Double.toString(value);
  }
}
