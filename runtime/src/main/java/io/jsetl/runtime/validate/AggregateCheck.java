package io.jsetl.runtime.validate;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.percentile_approx;
import static org.apache.spark.sql.functions.stddev_samp;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import io.jsetl.dsl.DatasetCheck;
import java.util.Optional;
import org.apache.spark.sql.Column;
import org.jspecify.annotations.Nullable;

/**
 * A dataset check computed by one aggregate: fused into the job as an observed metric, and decided
 * when the job's metrics arrive.
 *
 * @param column the column it measures, or {@code "*"} for the row count
 * @param rule the check's name
 * @param measure the aggregate (a double, or the row count)
 * @param min inclusive lower bound; -infinity is open
 * @param max inclusive upper bound; +infinity is open
 * @param label what is measured, in the failure's {@code observed} text
 */
record AggregateCheck(
    String column, String rule, Column measure, double min, double max, String label) {

  /** @param rule the {@code @Check} method's name */
  static AggregateCheck rowCount(String rule, DatasetCheck.RowCount c) {
    return new AggregateCheck("*", rule, count(lit(1)), c.min(), c.max(), "rows");
  }

  /** @param rule the {@code @Check} method's name */
  static AggregateCheck statistic(String rule, DatasetCheck.Statistic s, ColumnPath value) {
    Column c = value.column();
    Column measure =
        switch (s.measure()) {
          case MEAN -> avg(c);
          case STDDEV -> stddev_samp(c);
          case QUANTILE -> percentile_approx(c, lit(s.quantile()), lit(10_000)).cast("double");
          case NULL_FRACTION ->
              // An empty dataset has no nulls: 0, not 0/0.
              when(count(lit(1)).equalTo(0), lit(0.0))
                  .otherwise(sum(when(c.isNull(), 1).otherwise(0)).divide(count(lit(1))));
        };
    String label = s.measure().label() + (s.quantile() == s.quantile() ? "(" + s.quantile() + ")" : "");
    return new AggregateCheck(s.column(), rule, measure.cast("double"), s.min(), s.max(), label);
  }

  /**
   * What is wrong with the measured value, if anything, e.g. {@code rows=10, expected [1..5]}. An
   * undefined statistic (no non-null values) fails: the bound cannot be shown to hold.
   */
  Optional<String> failure(@Nullable Object measured) {
    String expected = ", expected [" + bound(min) + ".." + bound(max) + "]";
    if (measured == null) {
      return Optional.of(label + " undefined (no non-null values)" + expected);
    }
    double v = ((Number) measured).doubleValue();
    boolean holds = !Double.isNaN(v) && v >= min && v <= max;
    return holds ? Optional.empty() : Optional.of(label + "=" + text(measured) + expected);
  }

  private static String bound(double d) {
    return Double.isInfinite(d) ? "" : text(d);
  }

  private static String text(Object measured) {
    return measured instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e15
        ? Long.toString(d.longValue())
        : String.valueOf(measured);
  }
}
