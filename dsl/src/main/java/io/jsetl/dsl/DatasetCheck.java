package io.jsetl.dsl;

import java.util.List;
import java.util.Objects;

/**
 * A check over a whole dataset, returned by a {@link Check} method of a {@code @Schema} record.
 * Dataset checks are evaluated by the runtime's validation engine together with the row checks.
 */
public sealed interface DatasetCheck {

  /** The rule's name in reports. */
  String name();

  /** The row count lies in {@code [min, max]}. */
  static DatasetCheck rowCount(long min, long max) {
    if (min > max) {
      throw new IllegalArgumentException("rowCount: min " + min + " > max " + max);
    }
    return new RowCount(min, max);
  }

  /** No two rows share the same values in these columns. */
  static DatasetCheck uniqueKey(Col<?, ?>... columns) {
    if (columns.length == 0) {
      throw new IllegalArgumentException("uniqueKey needs at least one column");
    }
    return new UniqueKey(List.of(columns).stream().map(Col::name).toList());
  }

  /** The mean of a numeric column (nulls ignored) lies in {@code [min, max]}. */
  static <R> DatasetCheck mean(Col<R, ? extends Number> column, double min, double max) {
    return Statistic.of(Measure.MEAN, column, Double.NaN, min, max);
  }

  /** The sample standard deviation of a numeric column lies in {@code [min, max]}. */
  static <R> DatasetCheck stddev(Col<R, ? extends Number> column, double min, double max) {
    return Statistic.of(Measure.STDDEV, column, Double.NaN, min, max);
  }

  /**
   * The {@code q}-quantile ({@code 0 <= q <= 1}, e.g. 0.5 for the median) of a numeric column lies
   * in {@code [min, max]}; computed with Spark's {@code percentile_approx} (default accuracy).
   */
  static <R> DatasetCheck quantile(
      Col<R, ? extends Number> column, double q, double min, double max) {
    if (!(q >= 0 && q <= 1)) {
      throw new IllegalArgumentException("quantile: q must lie in [0, 1], was " + q);
    }
    return Statistic.of(Measure.QUANTILE, column, q, min, max);
  }

  /** At most {@code max} (a fraction in {@code [0, 1]}) of the rows hold null in the column. */
  static DatasetCheck nullFraction(Col<?, ?> column, double max) {
    if (!(max >= 0 && max <= 1)) {
      throw new IllegalArgumentException("nullFraction: max must lie in [0, 1], was " + max);
    }
    return Statistic.of(Measure.NULL_FRACTION, column, Double.NaN, 0, max);
  }

  /**
   * Every non-null value of {@code key} occurs in {@code referenced}, a column of another
   * deliverable of the pipeline (a foreign key); the deliverable is the {@code Dataset} of {@code
   * referenced}'s record, which exactly one node or source must provide.
   */
  static <V extends Object> DatasetCheck keysIn(Col<?, V> key, Col<?, V> referenced) {
    return keysIn(key, referenced, "");
  }

  /** {@link #keysIn(Col, Col)} where the other deliverable has the {@code @Named} id {@code id}. */
  static <V extends Object> DatasetCheck keysIn(Col<?, V> key, Col<?, V> referenced, String id) {
    return new KeysIn(key.name(), referenced.owner(), Objects.requireNonNull(id, "id"), referenced.name());
  }

  /** What a {@link Statistic} measures. */
  enum Measure {
    MEAN("mean"),
    STDDEV("stddev"),
    QUANTILE("quantile"),
    NULL_FRACTION("nullFraction");

    private final String label;

    Measure(String label) {
      this.label = label;
    }

    /** The measure's name in rule names. */
    public String label() {
      return label;
    }
  }

  /**
   * A statistic of one column lies in {@code [min, max]}; an infinite bound is open.
   *
   * @param quantile the quantile for {@link Measure#QUANTILE}, else NaN
   */
  record Statistic(Measure measure, String column, double quantile, double min, double max)
      implements DatasetCheck {
    public Statistic {
      Objects.requireNonNull(measure, "measure");
      Objects.requireNonNull(column, "column");
      if (min > max) {
        throw new IllegalArgumentException(measure.label() + ": min " + min + " > max " + max);
      }
    }

    static Statistic of(Measure measure, Col<?, ?> column, double q, double min, double max) {
      return new Statistic(measure, column.name(), q, min, max);
    }

    @Override
    public String name() {
      String of = measure == Measure.QUANTILE ? "(" + quantile + ")" : "";
      return measure.label() + of + "[" + Bounds.text(min) + ".." + Bounds.text(max) + "]";
    }

  }

  /**
   * Every non-null {@code column} value occurs in {@code otherColumn} of the deliverable of type
   * {@code Dataset<otherType>} (with {@code @Named} id {@code otherId}, or none when empty).
   */
  record KeysIn(String column, Class<?> otherType, String otherId, String otherColumn)
      implements DatasetCheck {
    public KeysIn {
      Objects.requireNonNull(column, "column");
      Objects.requireNonNull(otherType, "otherType");
      Objects.requireNonNull(otherId, "otherId");
      Objects.requireNonNull(otherColumn, "otherColumn");
    }

    @Override
    public String name() {
      return "keysIn[" + otherType.getSimpleName() + "." + otherColumn + "]";
    }
  }

  /** The row count lies in an inclusive range. */
  record RowCount(long min, long max) implements DatasetCheck {
    @Override
    public String name() {
      return "rowCount[" + min + ".." + max + "]";
    }
  }

  /** A composite key: the listed columns together identify a row. */
  record UniqueKey(List<String> columns) implements DatasetCheck {
    public UniqueKey {
      columns = List.copyOf(Objects.requireNonNull(columns, "columns"));
    }

    @Override
    public String name() {
      return "uniqueKey" + columns;
    }
  }
}
