package io.jsetl.dsl;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.apache.spark.sql.Column;

/**
 * One compiled check of a {@code @Schema} record: the processor turns every check annotation (and
 * the implicit non-null of every non-{@code @Nullable} column) into one of these values, listed in
 * the generated {@code X_.RULES}. The validation engine reads them; nothing here touches data.
 */
public sealed interface Rule {

  /** The column the rule is about, or {@code "*"} for a rule over the whole row or dataset. */
  String column();

  /** A short, stable name of the rule for reports, e.g. {@code range[0.0..150.0]}. */
  String name();

  /** The column is never null (every column not marked {@code @Nullable}). */
  record NotNull(String column) implements Rule {
    @Override
    public String name() {
      return "notNull";
    }
  }

  /** A number lies in {@code [min, max]}; an infinite bound is open. */
  record NumberRange(String column, double min, double max) implements Rule {
    @Override
    public String name() {
      return "range[" + bound(min) + ".." + bound(max) + "]";
    }

    private static String bound(double d) {
      if (Double.isInfinite(d)) {
        return "";
      }
      return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
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
    public String name() {
      return checkName;
    }
  }
}
