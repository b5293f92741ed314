package io.jsetl.runtime.validate;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_compact;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.hex;
import static org.apache.spark.sql.functions.isnan;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.to_json;
import static org.apache.spark.sql.functions.when;

import io.jsetl.dsl.DatasetCheck;
import io.jsetl.dsl.Rule;
import io.jsetl.dsl.RuleSet;
import io.jsetl.runtime.RuleFailure;
import io.jsetl.runtime.RuntimeErrors;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.BinaryType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.StringType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.jspecify.annotations.Nullable;

/**
 * A record's rules compiled for one schema: the row checks (one boolean each), the aggregate
 * checks (one metric each) and the checks that need jobs of their own. The metrics of a pass are,
 * in this order: the row count, the count of rows that break any row check, then per row check its
 * breaking-row count and samples, then one per aggregate check; {@link #read} turns them back into
 * failures.
 */
final class CheckPlan {
  /** The quarantine's reasons column: {@code array<string>} of {@code "column: rule"}. */
  static final String ERRORS = "jsetl_errors";

  private final List<RowCheck> rows;
  private final List<AggregateCheck> aggregates;
  private final List<JobCheck> jobs;
  private final List<String> proven;

  private CheckPlan(
      List<RowCheck> rows, List<AggregateCheck> aggregates, List<JobCheck> jobs, List<String> proven) {
    this.rows = List.copyOf(rows);
    this.aggregates = List.copyOf(aggregates);
    this.jobs = List.copyOf(jobs);
    this.proven = List.copyOf(proven);
  }

  /**
   * @param where the validation point, for errors
   * @param deliverables finds the data of another deliverable for a {@code keysIn} check
   * @param statistics what the files of the data say of its columns: rules they decide are not
   *     evaluated per row
   */
  static CheckPlan of(
      RuleSet<?> rules,
      StructType schema,
      String where,
      Function<DatasetCheck.KeysIn, Supplier<Dataset<?>>> deliverables,
      FileStatistics statistics) {
    List<String> proven = new ArrayList<>();
    List<RowCheck> rows = new ArrayList<>();
    List<AggregateCheck> aggregates = new ArrayList<>();
    List<JobCheck> jobs = new ArrayList<>();
    Column wholeRow = rowAsJson(schema);
    for (Rule rule : rules.rules()) {
      if (rule instanceof Rule.RowCheck r) {
        Column breaks = not(coalesce(r.predicate().get(), lit(true)));
        rows.add(new RowCheck("*", r.name(), breaks, wholeRow));
      } else if (rule instanceof Rule.DatasetLevel d) {
        DatasetCheck check = d.check().get();
        datasetCheck(d.name(), check, schema, where, deliverables, aggregates, jobs);
      } else if (rule instanceof Rule.Unique u) {
        ColumnPath key = ColumnPath.resolve(schema, u.column(), where);
        jobs.add(new JobCheck.Unique(u.column(), u.name(), List.of(key)));
      } else {
        ColumnPath value = ColumnPath.resolve(schema, rule.column(), where);
        Column sample = rule instanceof Rule.NotNull ? wholeRow : asText(value);
        Column breaks =
            switch (StatisticsProof.of(rule, statistics)) {
              case HOLDS -> null;
              case HOLDS_UNLESS_NAN -> isnan(value.column());
              case UNKNOWN -> SparkRules.breaks(rule, value, where);
            };
        if (breaks == null) {
          proven.add(RowCheck.reason(rule.column(), rule.name()));
        } else {
          rows.add(new RowCheck(rule.column(), rule.name(), breaks, sample));
        }
      }
    }
    return new CheckPlan(rows, aggregates, jobs, proven);
  }

  /** The rules the files' statistics decided ({@code "column: rule"}): not evaluated per row. */
  List<String> proven() {
    return proven;
  }

  private static void datasetCheck(
      String name,
      DatasetCheck check,
      StructType schema,
      String where,
      Function<DatasetCheck.KeysIn, Supplier<Dataset<?>>> deliverables,
      List<AggregateCheck> aggregates,
      List<JobCheck> jobs) {
    if (check instanceof DatasetCheck.RowCount c) {
      aggregates.add(AggregateCheck.rowCount(name, c));
    } else if (check instanceof DatasetCheck.Statistic s) {
      aggregates.add(AggregateCheck.statistic(name, s, ColumnPath.resolve(schema, s.column(), where)));
    } else if (check instanceof DatasetCheck.UniqueKey k) {
      List<ColumnPath> key = k.columns().stream().map(c -> ColumnPath.resolve(schema, c, where)).toList();
      jobs.add(new JobCheck.Unique(String.join(",", k.columns()), name, key));
    } else if (check instanceof DatasetCheck.KeysIn k) {
      ColumnPath key = ColumnPath.resolve(schema, k.column(), where);
      jobs.add(new JobCheck.KeysIn(k.column(), name, key, deliverables.apply(k), k.otherColumn()));
    }
  }

  boolean hasAggregates() {
    return !aggregates.isEmpty();
  }

  List<JobCheck> jobs() {
    return jobs;
  }

  /** True when the row breaks at least one row check; never null. */
  Column anyBreak() {
    Column any = lit(false);
    for (RowCheck r : rows) {
      any = any.or(r.breaks());
    }
    return any;
  }

  /** The reasons a row breaks rules: {@code "column: rule"} per broken row check. */
  Column errors() {
    Column[] reasons =
        rows.stream().map(r -> when(r.breaks(), lit(r.reason()))).toArray(Column[]::new);
    return reasons.length == 0 ? array().cast("array<string>") : array_compact(array(reasons));
  }

  /**
   * The observed metrics of the pass that reads the data: one per aggregate check (row counts come
   * from the {@link CountedVerdict}). Observed metrics are evaluated row by row outside Spark's
   * generated code, so only the aggregate checks are observed; the per-rule counts and samples come
   * from {@link #metrics()}, in a job of its own, only when a row broke a check.
   */
  List<Column> aggregateMetrics() {
    List<Column> m = new ArrayList<>();
    for (int j = 0; j < aggregates.size(); j++) {
      m.add(aggregates.get(j).measure().as("a" + j));
    }
    return m;
  }

  /** What the pass found: its counts, and the aggregate failures from {@link #aggregateMetrics()}. */
  Result readFast(long total, long breaking, @Nullable Row aggregateMetrics) {
    List<RuleFailure> failures =
        aggregateMetrics == null ? List.of() : aggregateFailures(aggregateMetrics, 0, total);
    return new Result(total, breaking, failures);
  }

  /** The metrics of a full count, named {@code n}, {@code x}, {@code b<i>}, {@code s<i>}, {@code a<j>}. */
  List<Column> metrics() {
    List<Column> m = new ArrayList<>();
    m.add(count(lit(1)).as("n"));
    m.add(coalesce(sum(when(anyBreak(), 1L).otherwise(0L)), lit(0L)).as("x"));
    for (int i = 0; i < rows.size(); i++) {
      RowCheck r = rows.get(i);
      m.add(coalesce(sum(when(r.breaks(), 1L).otherwise(0L)), lit(0L)).as("b" + i));
      m.add(Samples.of(when(r.breaks(), r.sample())).as("s" + i));
    }
    for (int j = 0; j < aggregates.size(); j++) {
      m.add(aggregates.get(j).measure().as("a" + j));
    }
    return m;
  }

  /** The rows checked and the failures of a pass, from its metrics (in {@link #metrics} order). */
  Result read(Row metrics) {
    long total = ((Number) metrics.get(0)).longValue();
    long breaking = ((Number) metrics.get(1)).longValue();
    List<RuleFailure> failures = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      long failed = ((Number) metrics.get(2 + 2 * i)).longValue();
      if (failed > 0) {
        RowCheck r = rows.get(i);
        List<String> samples = Samples.decode(metrics.getString(3 + 2 * i));
        failures.add(new RuleFailure(r.column(), r.rule(), failed, total, samples, null));
      }
    }
    failures.addAll(aggregateFailures(metrics, 2 + 2 * rows.size(), total));
    return new Result(total, breaking, failures);
  }

  private List<RuleFailure> aggregateFailures(Row metrics, int base, long total) {
    List<RuleFailure> failures = new ArrayList<>();
    for (int j = 0; j < aggregates.size(); j++) {
      AggregateCheck a = aggregates.get(j);
      Optional<String> wrong = a.failure(metrics.isNullAt(base + j) ? null : metrics.get(base + j));
      wrong.ifPresent(w -> failures.add(new RuleFailure(a.column(), a.rule(), 0, total, List.of(), w)));
    }
    return failures;
  }

  /**
   * What a pass found.
   *
   * @param breakingRows rows that break at least one row check: those {@code DROP} removes
   */
  record Result(long totalRows, long breakingRows, List<RuleFailure> failures) {}

  /** A breaking row as JSON, for rules about the whole row (and nulls, which say little alone). */
  private static Column rowAsJson(StructType schema) {
    Column[] all =
        java.util.Arrays.stream(schema.fields())
            .map(StructField::name)
            .map(n -> col(ColumnPath.quoted(n)))
            .toArray(Column[]::new);
    return all.length == 0 ? lit("{}") : to_json(struct(all));
  }

  private static Column asText(ColumnPath value) {
    DataType type = value.type();
    if (type instanceof StringType) {
      return value.column();
    } else if (type instanceof BinaryType) {
      return hex(value.column());
    } else if (type instanceof StructType || type instanceof ArrayType || type instanceof MapType) {
      return to_json(value.column());
    }
    return value.column().cast("string");
  }
}
