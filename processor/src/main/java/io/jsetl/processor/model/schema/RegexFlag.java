package io.jsetl.processor.model.schema;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * The flags of Jakarta's {@code @Pattern} that a rule can carry: each has an inline form, which is
 * the only way a flag reaches Spark's {@code rlike}. ({@code CANON_EQ} has none: it is reported as
 * not checked.)
 */
public enum RegexFlag {
  UNIX_LINES('d', Pattern.UNIX_LINES),
  CASE_INSENSITIVE('i', Pattern.CASE_INSENSITIVE),
  COMMENTS('x', Pattern.COMMENTS),
  MULTILINE('m', Pattern.MULTILINE),
  DOTALL('s', Pattern.DOTALL),
  UNICODE_CASE('u', Pattern.UNICODE_CASE);

  private final char inline;
  private final int bit;

  RegexFlag(char inline, int bit) {
    this.inline = inline;
    this.bit = bit;
  }

  /** The flags as {@code Pattern.compile(regex, flags)} takes them. */
  static int bits(Set<RegexFlag> flags) {
    return flags.stream().mapToInt(f -> f.bit).reduce(0, (a, b) -> a | b);
  }

  /** {@code (?ix)} for the flags, in this enum's order; empty for none. */
  static String inline(Set<RegexFlag> flags) {
    StringBuilder letters = new StringBuilder();
    for (RegexFlag flag : values()) {
      if (flags.contains(flag)) {
        letters.append(flag.inline);
      }
    }
    return letters.length() == 0 ? "" : "(?" + letters + ")";
  }
}
