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

  /** {@code 512 B}, {@code 1.5 KiB}, {@code 3.0 GiB}: binary units, one decimal. */
  public static String bytes(long n) {
    if (n < 1024) {
      return n + " B";
    }
    String[] units = {"KiB", "MiB", "GiB", "TiB", "PiB", "EiB"};
    double value = n;
    int unit = -1;
    while (value >= 1024 && unit < units.length - 1) {
      value /= 1024;
      unit++;
    }
    return String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
  }
}
