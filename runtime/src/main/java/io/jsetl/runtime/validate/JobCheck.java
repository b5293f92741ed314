package io.jsetl.runtime.validate;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.to_json;

import io.jsetl.runtime.RuleFailure;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * A check that needs a shuffle or another dataset, so it cannot be fused into a single pass over
 * the data: one Spark job each, and the report counts them in {@code extraJobs}.
 */
sealed interface JobCheck {
  String column();

  String rule();

  /** Runs the check's job on {@code data}; a failure when some row breaks it. */
  Optional<RuleFailure> run(Dataset<?> data, long totalRows);

  /**
   * No two rows share a key. Rows with a null in the key are left out, as SQL's UNIQUE does; the
   * failed rows are all the rows whose key occurs more than once.
   */
  record Unique(String column, String rule, List<ColumnPath> key) implements JobCheck {
    @Override
    public Optional<RuleFailure> run(Dataset<?> data, long totalRows) {
      Column[] keys = key.stream().map(k -> k.column().as(k.path())).toArray(Column[]::new);
      Column present = lit(true);
      for (ColumnPath k : key) {
        present = present.and(k.column().isNotNull());
      }
      Column[] grouped = key.stream().map(k -> col(ColumnPath.quoted(k.path()))).toArray(Column[]::new);
      Row found =
          data.where(present)
              .select(keys)
              .groupBy(grouped)
              .agg(count(lit(1)).as("n"))
              .where(col("n").gt(1))
              .agg(
                  coalesce(sum(col("n")), lit(0L)),
                  Samples.of(key.size() == 1 ? grouped[0].cast("string") : to_json(struct(grouped))))
              .first();
      return failure(this, found, totalRows);
    }
  }

  /** Every non-null key occurs in a column of another deliverable (a foreign key). */
  record KeysIn(String column, String rule, ColumnPath key, Supplier<Dataset<?>> other, String otherColumn)
      implements JobCheck {
    @Override
    public Optional<RuleFailure> run(Dataset<?> data, long totalRows) {
      Dataset<Row> referenced =
          other.get().select(col(ColumnPath.quoted(otherColumn)).as("jsetl_ref")).distinct();
      Row found =
          data.select(key.column().as("jsetl_key"))
              .where(col("jsetl_key").isNotNull())
              .join(referenced, col("jsetl_key").equalTo(col("jsetl_ref")), "left_anti")
              .agg(count(lit(1)), Samples.of(col("jsetl_key").cast("string")))
              .first();
      return failure(this, found, totalRows);
    }
  }

  private static Optional<RuleFailure> failure(JobCheck check, Row found, long totalRows) {
    long failed = ((Number) found.get(0)).longValue();
    if (failed == 0) {
      return Optional.empty();
    }
    return Optional.of(
        new RuleFailure(
            check.column(), check.rule(), failed, totalRows, Samples.decode(found.getString(1)), null));
  }
}
