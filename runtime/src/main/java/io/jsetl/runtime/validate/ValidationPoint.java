package io.jsetl.runtime.validate;

import static org.apache.spark.sql.functions.array_join;
import static org.apache.spark.sql.functions.col;
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
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Observation;
import org.apache.spark.sql.Row;
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
 *   <li>Row checks are evaluated once per row into one boolean column; the job observes the row
 *       count, the count of breaking rows and the aggregates. {@code DROP} filters on the boolean,
 *       {@code FAIL} guards on it with a Spark error raised at the first breaking row, so that the
 *       job (and the sink write it is part of) fails and nothing is committed. Valid data costs
 *       this one pass; when a row broke a check, one more job counts every rule and takes samples.
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
    List<Column> metrics = plan.fastMetrics();
    Dataset<Row> observed =
        data.toDF()
            .withColumn(CheckPlan.VALID, not(plan.anyBreak()))
            .observe(observation, metrics.get(0), metrics.subList(1, metrics.size()).toArray(Column[]::new));
    Dataset<Row> handed =
        switch (mode) {
          case REPORT -> observed;
          case DROP -> observed.filter(col(CheckPlan.VALID));
          case FAIL -> observed.filter(guard());
        };
    return handed.drop(CheckPlan.VALID).as((Encoder<T>) data.encoder());
  }

  /** Null for a row that breaks nothing (kept); raises the marked Spark error otherwise. */
  private Column guard() {
    Column error = raise_error(concat(lit(marker() + " "), array_join(plan.errors(), "; ")));
    return when(not(col(CheckPlan.VALID)), error).isNull();
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
    Row metrics = awaitMetrics(wait);
    if (metrics == null) {
      return countNow();
    }
    CheckPlan.Result fast = plan.readFast(metrics);
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
            extraJobs);
    return report;
  }

  private @Nullable Row awaitMetrics(Duration wait) {
    scala.concurrent.Future<Row> future = observation.future();
    try {
      Await.ready(future, FiniteDuration.apply(wait.toNanos(), TimeUnit.NANOSECONDS));
    } catch (TimeoutException e) {
      return null; // no job read the data yet: counted by a job of its own
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
    Try<Row> value = future.value().get();
    return value.isSuccess() ? value.get() : null;
  }
}
