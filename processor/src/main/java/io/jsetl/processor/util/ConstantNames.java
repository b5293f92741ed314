package io.jsetl.processor.util;

import java.util.Locale;

/** How generated code names its constants: after what they hold, in UPPER_SNAKE_CASE. */
public final class ConstantNames {
  private ConstantNames() {}

  /** {@code cityStats} → {@code CITY_STATS}, {@code citizens_csv} → {@code CITIZENS_CSV}. */
  public static String upperSnake(String camel) {
    return camel
        .replaceAll("([a-z0-9])([A-Z])", "$1_$2")
        .replaceAll("([A-Z])([A-Z][a-z])", "$1_$2")
        .toUpperCase(Locale.ROOT);
  }
}
