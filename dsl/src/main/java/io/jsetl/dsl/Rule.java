package io.jsetl.dsl;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.apache.spark.sql.Column;
import org.jspecify.annotations.Nullable;

/**
 * One compiled check of a {@code @Schema} record: the processor turns every check annotation (and
 * the implicit non-null of every non-{@code @Nullable} column, and the Jakarta Bean Validation
 * constraints) into one of these values, listed in the generated {@code X_.RULES}.
 *
 * <p>A rule has two backends that must agree value by value: {@link #accepts} here (plain Java, what
 * the generated {@code X_.violations(x)} calls; no Spark needed) and the runtime's Spark backend,
 * which turns the same value into a {@code Column} fused into the job. The shared semantics:
 *
 * <ul>
 *   <li>{@code null} is accepted by every rule except {@link NotNull}: nullness is its job alone.
 *   <li>Numbers compare as {@code double}s, as Spark compares a column with a double literal; NaN is
 *       larger than every number (Spark's order), and an infinite bound is open (not checked).
 *   <li>Text length counts code points, like Spark's {@code length}; collections count elements,
 *       {@code byte[]} bytes.
 *   <li>Regular expressions are {@code java.util.regex} and match anywhere ({@code find}), like
 *       Spark's {@code rlike}; whitespace for {@link NotBlank} is the regex class {@code \s}.
 *   <li>{@link OneOf} compares text with text, enums by {@code name()}, booleans as {@code
 *       "true"}/{@code "false"}, and numbers by numeric value.
 *   <li>Rules over several rows or needing Spark ({@link Unique}, {@link RowCheck}, {@link
 *       DatasetLevel}) are not checked on one value: {@link #checksOneValue()} is false and {@link
 *       #accepts} is true.
 * </ul>
 */
public sealed interface Rule {

  /** The column the rule is about, or {@code "*"} for a rule over the whole row or dataset. */
  String column();

  /** A short, stable name of the rule for reports, e.g. {@code range[0..150]}. */
  String name();

  /** Whether the Java backend can decide this rule from one column value. */
  default boolean checksOneValue() {
    return true;
  }

  /**
   * The Java backend: whether {@code value} (the column's Java value, boxed) satisfies the rule.
   * Rules that do not {@linkplain #checksOneValue() check one value} accept everything.
   */
  default boolean accepts(@Nullable Object value) {
    return JavaChecks.accepts(this, value);
  }

  /** What a value that the rule does not accept gets reported as. */
  default Violation violation(@Nullable Object value) {
    return JavaChecks.violation(this, value);
  }

  /** The column is never null (every column not marked {@code @Nullable}). */
  record NotNull(String column) implements Rule {
    @Override
    public String name() {
      return "notNull";
    }
  }

  /**
   * A number lies between {@code min} and {@code max}, each bound inclusive or not; an infinite
   * bound is open. {@code @Range} is inclusive; Jakarta's {@code @Positive} is {@code (0..]}.
   */
  record NumberRange(
      String column, double min, double max, boolean minInclusive, boolean maxInclusive)
      implements Rule {
    /** An inclusive range, as {@code @Range} declares. */
    public NumberRange(String column, double min, double max) {
      this(column, min, max, true, true);
    }

    @Override
    public String name() {
      return "range"
          + (minInclusive ? "[" : "(")
          + Bounds.text(min)
          + ".."
          + Bounds.text(max)
          + (maxInclusive ? "]" : ")");
    }

  }

  /**
   * A date or time lies in {@code [from, to]} (ISO-8601 text, already checked by the processor);
   * an empty bound is open.
   */
  record TemporalRange(String column, String from, String to) implements Rule {
    @Override
    public String name() {
      return "range[" + from + ".." + to + "]";
    }
  }

  /**
   * A date or time is before ({@code future == false}) or after now, or equal to now when {@code
   * orPresent}: Jakarta's {@code @Past}, {@code @PastOrPresent}, {@code @Future}, {@code
   * @FutureOrPresent}. Dates compare with today in UTC in Java and in the session time zone in Spark.
   */
  record TimeRelative(String column, boolean future, boolean orPresent) implements Rule {
    @Override
    public String name() {
      return (future ? "future" : "past") + (orPresent ? "OrPresent" : "");
    }
  }

  /** A string is an e-mail address (a pragmatic form of RFC 5322: {@link #REGEX}). */
  record Email(String column) implements Rule {
    /** Matched anywhere like every pattern, hence anchored. */
    public static final String REGEX =
        "^[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
            + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*$";

    @Override
    public String name() {
      return "email";
    }
  }

  /** A string's or collection's length lies in {@code [min, max]}. */
  record Length(String column, int min, int max) implements Rule {
    @Override
    public String name() {
      return "length[" + min + ".." + (max == Integer.MAX_VALUE ? "" : Integer.toString(max)) + "]";
    }
  }

  /** A string holds a non-whitespace character. */
  record NotBlank(String column) implements Rule {
    @Override
    public String name() {
      return "notBlank";
    }
  }

  /** A string matches the regex (found anywhere, like Spark's {@code rlike}). */
  record Pattern(String column, String regex) implements Rule {
    @Override
    public String name() {
      return "pattern[" + regex + "]";
    }
  }

  /** The value, as text, is one of {@code values}. */
  record OneOf(String column, List<String> values) implements Rule {
    public OneOf {
      values = List.copyOf(values);
    }

    @Override
    public String name() {
      return "oneOf" + values;
    }
  }

  /** No two rows share the value. */
  record Unique(String column) implements Rule {
    @Override
    public String name() {
      return "unique";
    }

    @Override
    public boolean checksOneValue() {
      return false;
    }
  }

  /** A custom row predicate from a {@link Check} method returning a Spark {@code Column}. */
  record RowCheck(String checkName, Supplier<Column> predicate) implements Rule {
    public RowCheck {
      Objects.requireNonNull(predicate, "predicate");
    }

    @Override
    public String column() {
      return "*";
    }

    @Override
    public boolean checksOneValue() {
      return false;
    }

    @Override
    public String name() {
      return checkName;
    }
  }

  /** A dataset-level check from a {@link Check} method returning a {@link DatasetCheck}. */
  record DatasetLevel(String checkName, Supplier<DatasetCheck> check) implements Rule {
    public DatasetLevel {
      Objects.requireNonNull(check, "check");
    }

    @Override
    public String column() {
      return "*";
    }

    @Override
    public boolean checksOneValue() {
      return false;
    }

    @Override
    public String name() {
      return checkName;
    }
  }
}
