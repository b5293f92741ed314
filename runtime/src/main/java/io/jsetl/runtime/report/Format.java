package io.jsetl.runtime.report;

import java.time.Duration;
import java.util.Locale;

/** Formats shared by the console, the table and the plan, so that they read alike. */
public final class Format {
  private Format() {}

  /** {@code 0.41s}: seconds with two decimals, whatever the default locale. */
  public static String seconds(Duration d) {
    return String.format(Locale.ROOT, "%.2fs", d.toNanos() / 1e9);
  }
}
