package io.jsetl.runtime.validate;

import static org.apache.spark.sql.functions.array_join;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.raise_error;
import static org.apache.spark.sql.functions.when;

import io.jsetl.dsl.OnFailure;
import io.jsetl.runtime.RuleFailure;
import io.jsetl.runtime.ValidationException;
import io.jsetl.runtime.ValidationReport;
import io.jsetl.runtime.connect.Connector;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Observation;
import org.apache.spark.sql.Row;
import org.apache.spark.util.LongAccumulator;
import org.apache.spark.SparkContext;
import org.jspecify.annotations.Nullable;
import scala.concurrent.Await;
import scala.concurrent.duration.FiniteDuration;
import scala.util.Try;

/**
 * One place where data is checked: a factory's output or one input of a factory. It wraps the data
 * so that the checks run inside whatever job reads it next, and turns that job's metrics into the
 * {@link ValidationReport}.
 *
 * <ul>
 *   <li>Row checks are evaluated once per row into one verdict, counted where Spark evaluates it
 *       ({@link CountedVerdict}: rows and breaking rows); the job observes the aggregates, if any.
 *       {@code DROP} filters on the verdict, {@code FAIL} guards on it with a Spark error raised at
 *       the first breaking row, so that the job (and the sink write it is part of) fails and
 *       nothing is committed. Valid data costs this one pass; when a row broke a check, one more
 *       job counts every rule and takes samples.
 *   <li>Checks that need a job of their own (uniqueness, keys in another deliverable) run when the
 *       point is created, before anything is written.
 *   <li>In {@code FAIL} mode, aggregates (row count, statistics) and job checks cannot be decided
 *       by a guard on single rows, so such a point is verified first, by one aggregation job, and
 *       throws before any consumer or sink sees the data.
 * </ul>
 */
final class ValidationPoint {
  private final String id;
  private final String node;
  private final String target;
  private final String record;
  private final OnFailure mode;
  private final String quarantine;
  private final CheckPlan plan;
  private final Dataset<?> data;
  private final Function<String, Connector> connectors;
  private final Observation observation;
  private final LongAccumulator rowCount;
  private final LongAccumulator breakingCount;
  private final CountedExecutions executions;
  private final CompletableFuture<CountedExecutions.Counts> counted;
  private final List<RuleFailure> jobFailures = new ArrayList<>();
  private int extraJobs;
  private @Nullable ValidationReport report;

  ValidationPoint(
      String id,
      String node,
      String target,
      String record,
      OnFailure mode,
      String quarantine,
      CheckPlan plan,
      Dataset<?> data,
      Function<String, Connector> connectors) {
    this.id = id;
    this.node = node;
    this.target = target;
    this.record = record;
    this.mode = mode;
    this.quarantine = quarantine;
    this.plan = plan;
    this.data = data;
    this.connectors = connectors;
    this.observation = new Observation("jsetl-" + id);
    SparkContext sc = data.sparkSession().sparkContext();
    this.rowCount = sc.longAccumulator("jsetl-" + id + " rows");
    this.breakingCount = sc.longAccumulator("jsetl-" + id + " breaking rows");
    this.executions = CountedExecutions.of(sc);
    this.counted = executions.watch(rowCount, breakingCount);
  }

  String id() {
    return id;
  }

  String node() {
    return node;
  }

  String target() {
    return target;
  }

  /** What the guard's Spark error starts with, so that a failed job is traced back here. */
  String marker() {
    return Validations.MARKER + "[" + id + "]";
  }

  /**
   * The data to hand on in place of the checked data: observed, and filtered or guarded by mode.
   *
   * @throws ValidationException in {@code FAIL} mode when a check that runs first fails
   */
  @SuppressWarnings("unchecked")
  synchronized <T> Dataset<T> apply() {
    for (JobCheck check : plan.jobs()) {
      extraJobs++;
      check.run(data, 0).ifPresent(jobFailures::add);
    }
    if (mode == OnFailure.FAIL && (plan.hasAggregates() || !plan.jobs().isEmpty())) {
      ValidationReport verified = countNow();
      if (!verified.passed()) {
        throw new ValidationException(verified);
      }
      return (Dataset<T>) data;
    }
    Dataset<Row> rows = data.toDF();
    List<Column> aggregates = plan.aggregateMetrics();
    if (!aggregates.isEmpty()) {
      rows = rows.observe(observation, aggregates.get(0), aggregates.subList(1, aggregates.size()).toArray(Column[]::new));
    }
    Column verdict = verdict(mode == OnFailure.REPORT);
    Dataset<Row> handed =
        switch (mode) {
          case REPORT, DROP -> rows.filter(verdict);
          case FAIL -> rows.filter(when(not(verdict), error()).isNull());
        };
    return handed.as((Encoder<T>) data.encoder());
  }

  /** The row's validity, counted (rows, breaking rows) as Spark evaluates it. */
  private Column verdict(boolean keepAll) {
    return CountedVerdict.of(not(plan.anyBreak()), keepAll, rowCount, breakingCount);
  }

  /** The marked Spark error of a row that breaks a check in {@code FAIL} mode. */
  private Column error() {
    return raise_error(concat(lit(marker() + " "), array_join(plan.errors(), "; ")));
  }

  /**
   * The report, once the job that read the data has delivered its metrics. Metrics arrive through
   * Spark's listener bus shortly after the job; a point whose data no job read within {@code wait}
   * is counted by a job of its own.
   */
  synchronized ValidationReport resolve(Duration wait) {
    if (report != null) {
      return report;
    }
    long deadline = System.nanoTime() + wait.toNanos();
    CountedExecutions.Counts counts = await(counted, deadline);
    Row aggregates = null;
    if (counts != null && plan.hasAggregates()) {
      aggregates = await(observation.future(), deadline);
    }
    if (counts == null || (plan.hasAggregates() && aggregates == null)) {
      return countNow(); // no job read the data yet: counted by a job of its own
    }
    CheckPlan.Result fast = plan.readFast(counts.rows(), counts.breaking(), aggregates);
    // Which rules, how often, and samples: one more job, only for data that broke a row check.
    return fast.breakingRows() > 0 ? countNow() : finish(fast);
  }

  /**
   * After the guard stopped a job: counts every rule once (one job), so that the exception names
   * every broken rule with its count, not only the first bad row.
   */
  synchronized ValidationException failed() {
    ValidationReport counted = report != null ? report : countNow();
    return new ValidationException(counted);
  }

  /** The report, if already known. */
  synchronized @Nullable ValidationReport known() {
    return report;
  }

  private ValidationReport countNow() {
    extraJobs++;
    List<Column> metrics = plan.metrics();
    Row row =
        data.agg(metrics.get(0), metrics.subList(1, metrics.size()).toArray(Column[]::new)).first();
    return finish(plan.read(row));
  }

  private ValidationReport finish(CheckPlan.Result result) {
    List<RuleFailure> failures = new ArrayList<>(result.failures());
    for (RuleFailure f : jobFailures) {
      failures.add(
          new RuleFailure(f.column(), f.rule(), f.failedRows(), result.totalRows(), f.samples(), f.observed()));
    }
    long dropped = mode == OnFailure.DROP ? result.breakingRows() : 0;
    if (dropped > 0 && !quarantine.isEmpty()) {
      extraJobs++;
      Dataset<Row> rejected =
          data.toDF().withColumn(CheckPlan.ERRORS, plan.errors()).filter(plan.anyBreak());
      connectors.apply(quarantine).write(rejected);
    }
    executions.forget(rowCount, breakingCount);
    report =
        new ValidationReport(
            node,
            target,
            record,
            mode,
            result.totalRows(),
            dropped,
            mode == OnFailure.DROP ? quarantine : "",
            failures,
            extraJobs,
            plan.proven());
    return report;
  }

  private static <V> @Nullable V await(scala.concurrent.Future<V> future, long deadline) {
    try {
      Await.ready(future, FiniteDuration.apply(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS));
    } catch (TimeoutException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
    Try<V> value = future.value().get();
    return value.isSuccess() ? value.get() : null;
  }

  private static <V> @Nullable V await(CompletableFuture<V> future, long deadline) {
    try {
      return future.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
    } catch (TimeoutException | ExecutionException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }
}
