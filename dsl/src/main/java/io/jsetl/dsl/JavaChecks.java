package io.jsetl.dsl;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.Temporal;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The Java backend of {@link Rule}: decides one value, with the semantics {@link Rule} states. The
 * runtime's Spark backend implements the same semantics with Column expressions; a property test
 * compares the two row by row, so every special case here (NaN, -0.0, code points) mirrors Spark.
 */
final class JavaChecks {
  private JavaChecks() {}

  /** Compiled regexes by source; cleared when full, since rule sets are few and small. */
  private static final Map<String, java.util.regex.Pattern> PATTERNS = new ConcurrentHashMap<>();

  private static final int MAX_CACHED_PATTERNS = 256;
  private static final String NON_WHITESPACE = "\\S";

  static boolean accepts(Rule rule, @Nullable Object value) {
    if (rule instanceof Rule.NotNull) {
      return value != null;
    }
    if (value == null || !rule.checksOneValue()) {
      return true;
    }
    if (rule instanceof Rule.NumberRange r) {
      return inRange(number(rule, value), r);
    } else if (rule instanceof Rule.TemporalRange r) {
      return inRange(temporal(rule, value), r);
    } else if (rule instanceof Rule.TimeRelative r) {
      return relativeToNow(temporal(rule, value), r);
    } else if (rule instanceof Rule.Length r) {
      long length = length(rule, value);
      return length >= r.min() && length <= r.max();
    } else if (rule instanceof Rule.NotBlank) {
      return finds(NON_WHITESPACE, text(rule, value));
    } else if (rule instanceof Rule.Pattern r) {
      return finds(r.regex(), text(rule, value));
    } else if (rule instanceof Rule.Email) {
      return finds(Rule.Email.REGEX, text(rule, value));
    } else if (rule instanceof Rule.OneOf r) {
      return OneOfMatch.matches(r, value);
    }
    throw new IllegalStateException("no Java check for rule " + rule);
  }

  static Violation violation(Rule rule, @Nullable Object value) {
    return new Violation(rule.column(), rule.name(), ViolationText.of(rule, value));
  }

  /**
   * Compares as doubles. NaN is larger than every number (Spark's order): it passes any lower bound
   * and breaks any finite upper bound. Infinite bounds are open and not compared.
   */
  private static boolean inRange(double d, Rule.NumberRange r) {
    boolean aboveMin =
        Double.isInfinite(r.min())
            || Double.isNaN(d)
            || (r.minInclusive() ? d >= r.min() : d > r.min());
    boolean belowMax =
        Double.isInfinite(r.max())
            || (!Double.isNaN(d) && (r.maxInclusive() ? d <= r.max() : d < r.max()));
    return aboveMin && belowMax;
  }

  private static boolean inRange(Temporal t, Rule.TemporalRange r) {
    return (r.from().isEmpty() || compare(t, r.from()) >= 0)
        && (r.to().isEmpty() || compare(t, r.to()) <= 0);
  }

  /** {@code t} compared with {@code bound}, ISO-8601 text of {@code t}'s own type. */
  private static int compare(Temporal t, String bound) {
    if (t instanceof LocalDate d) {
      return d.compareTo(LocalDate.parse(bound));
    } else if (t instanceof LocalDateTime dt) {
      return dt.compareTo(LocalDateTime.parse(bound));
    }
    return ((Instant) t).compareTo(Instant.parse(bound));
  }

  private static boolean relativeToNow(Temporal t, Rule.TimeRelative r) {
    int c;
    if (t instanceof LocalDate d) {
      c = d.compareTo(LocalDate.now(ZoneOffset.UTC));
    } else if (t instanceof LocalDateTime dt) {
      c = dt.compareTo(LocalDateTime.now(ZoneOffset.UTC));
    } else {
      c = ((Instant) t).compareTo(Instant.now());
    }
    if (c == 0) {
      return r.orPresent();
    }
    return r.future() ? c > 0 : c < 0;
  }

  private static boolean finds(String regex, String text) {
    return compiled(regex).matcher(text).find();
  }

  private static java.util.regex.Pattern compiled(String regex) {
    java.util.regex.Pattern p = PATTERNS.get(regex);
    if (p == null) {
      if (PATTERNS.size() >= MAX_CACHED_PATTERNS) {
        PATTERNS.clear();
      }
      p = java.util.regex.Pattern.compile(regex);
      PATTERNS.put(regex, p);
    }
    return p;
  }

  /** Code points of text (as Spark's {@code length}), elements of a collection, bytes of binary. */
  static long length(Rule rule, Object value) {
    if (value instanceof CharSequence s) {
      return Character.codePointCount(s, 0, s.length());
    } else if (value instanceof Collection<?> c) {
      return c.size();
    } else if (value instanceof Map<?, ?> m) {
      return m.size();
    } else if (value instanceof byte[] b) {
      return b.length;
    }
    throw wrongType(rule, value, "a string, a collection, a map or byte[]");
  }

  private static double number(Rule rule, Object value) {
    if (value instanceof Number n) {
      // BigDecimal too: Spark compares a decimal column with a double literal as doubles.
      return n.doubleValue();
    }
    throw wrongType(rule, value, "a number");
  }

  private static Temporal temporal(Rule rule, Object value) {
    if (value instanceof LocalDate || value instanceof LocalDateTime || value instanceof Instant) {
      return (Temporal) value;
    }
    throw wrongType(rule, value, "a LocalDate, LocalDateTime or Instant");
  }

  private static String text(Rule rule, Object value) {
    if (value instanceof CharSequence s) {
      return s.toString();
    }
    throw wrongType(rule, value, "a String");
  }

  static IllegalArgumentException wrongType(Rule rule, Object value, String expected) {
    return new IllegalArgumentException(
        "rule "
            + rule.name()
            + " on column "
            + rule.column()
            + " checks "
            + expected
            + ", but the value is a "
            + value.getClass().getName()
            + ". The rule does not fit the column's type; rebuild the rules of the record"
            + " (the processor rejects such a check with [jsetl/InvalidCheck]).");
  }

  /**
   * {@link Rule.OneOf}: text by text, enums by {@code name()}, booleans as {@code "true"}/{@code
   * "false"}, numbers by numeric value as Spark's {@code isin} compares them: integral numbers and
   * decimals exactly, floats and doubles as doubles where NaN equals NaN and -0.0 equals 0.0.
   */
  private static final class OneOfMatch {
    private OneOfMatch() {}

    static boolean matches(Rule.OneOf rule, Object value) {
      if (value instanceof Double || value instanceof Float) {
        double d = ((Number) value).doubleValue();
        return rule.values().stream().anyMatch(v -> sameDouble(d, parseDouble(rule, v)));
      } else if (value instanceof BigDecimal d) {
        return rule.values().stream().anyMatch(v -> d.compareTo(decimal(rule, v)) == 0);
      } else if (value instanceof Byte
          || value instanceof Short
          || value instanceof Integer
          || value instanceof Long) {
        BigDecimal d = BigDecimal.valueOf(((Number) value).longValue());
        return rule.values().stream().anyMatch(v -> d.compareTo(decimal(rule, v)) == 0);
      } else if (value instanceof Enum<?> e) {
        return rule.values().contains(e.name());
      } else if (value instanceof Boolean || value instanceof CharSequence) {
        return rule.values().contains(value.toString());
      }
      throw wrongType(rule, value, "a string, an enum, a boolean or a number");
    }

    private static boolean sameDouble(double a, double b) {
      return a == b || (Double.isNaN(a) && Double.isNaN(b));
    }

    private static double parseDouble(Rule rule, String v) {
      try {
        return Double.parseDouble(v);
      } catch (NumberFormatException e) {
        throw notANumber(rule, v, e);
      }
    }

    private static BigDecimal decimal(Rule rule, String v) {
      try {
        return new BigDecimal(v.trim());
      } catch (NumberFormatException e) {
        throw notANumber(rule, v, e);
      }
    }

    private static IllegalArgumentException notANumber(
        Rule rule, String v, NumberFormatException e) {
      return new IllegalArgumentException(
          "rule "
              + rule.name()
              + " on the numeric column "
              + rule.column()
              + " lists \""
              + v
              + "\", which is not a number. List numbers only (the processor rejects this with"
              + " [jsetl/InvalidCheck]).",
          e);
    }
  }

  /** The message of a {@link Violation}: the column, the value as people read it, what is wrong. */
  private static final class ViolationText {
    private ViolationText() {}

    private static final int MAX_VALUE_CHARS = 60;

    static String of(Rule rule, @Nullable Object value) {
      String column = rule.column();
      if (value == null) {
        return column + " is null";
      }
      String is = column + " = " + shown(value);
      if (rule instanceof Rule.NumberRange || rule instanceof Rule.TemporalRange) {
        return is + " is outside " + rule.name();
      } else if (rule instanceof Rule.TimeRelative r) {
        return is
            + " is not in the "
            + (r.future() ? "future" : "past")
            + (r.orPresent() ? " or present" : "");
      } else if (rule instanceof Rule.Length r) {
        return is + " has " + lengthText(rule, value) + ", outside " + rule.name();
      } else if (rule instanceof Rule.NotBlank) {
        return is + " is blank";
      } else if (rule instanceof Rule.Pattern) {
        return is + " does not match " + rule.name();
      } else if (rule instanceof Rule.Email) {
        return is + " is not an e-mail address";
      } else if (rule instanceof Rule.OneOf r) {
        return is + " is not one of " + r.values();
      } else if (rule instanceof Rule.Unique) {
        return is + " occurs in more than one row";
      }
      return "the row breaks " + rule.name();
    }

    private static String lengthText(Rule rule, Object value) {
      long n = length(rule, value);
      String unit =
          value instanceof CharSequence
              ? "character"
              : value instanceof byte[] ? "byte" : "element";
      return n + " " + unit + (n == 1 ? "" : "s");
    }

    /** Text quoted with control characters escaped, bytes in hex, at most about 60 characters. */
    static String shown(Object value) {
      String text;
      if (value instanceof CharSequence s) {
        text = "\"" + escaped(s.toString()) + "\"";
      } else if (value instanceof byte[] b) {
        StringBuilder hex = new StringBuilder("0x");
        for (byte x : b) {
          hex.append(String.format("%02x", x));
        }
        text = hex.toString();
      } else if (value instanceof Enum<?> e) {
        text = e.name();
      } else {
        text = String.valueOf(value);
      }
      if (text.codePointCount(0, text.length()) <= MAX_VALUE_CHARS) {
        return text;
      }
      return text.substring(0, text.offsetByCodePoints(0, MAX_VALUE_CHARS)) + "…";
    }

    private static String escaped(String s) {
      StringBuilder b = new StringBuilder(s.length());
      s.codePoints()
          .forEach(
              c -> {
                switch (c) {
                  case '\n' -> b.append("\\n");
                  case '\t' -> b.append("\\t");
                  case '\r' -> b.append("\\r");
                  case '"' -> b.append("\\\"");
                  default -> {
                    if (Character.isISOControl(c)) {
                      b.append(String.format("\\u%04x", c));
                    } else {
                      b.appendCodePoint(c);
                    }
                  }
                }
              });
      return b.toString();
    }
  }
}
