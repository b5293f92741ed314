package io.jsetl.runtime.validate;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.WeakHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.SparkContext;
import org.apache.spark.Success$;
import org.apache.spark.scheduler.AccumulableInfo;
import org.apache.spark.scheduler.JobSucceeded$;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerEvent;
import org.apache.spark.scheduler.SparkListenerJobEnd;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.scheduler.StageInfo;
import org.apache.spark.sql.execution.ui.SparkListenerSQLExecutionEnd;
import org.apache.spark.util.LongAccumulator;
import scala.jdk.javaapi.CollectionConverters;

/**
 * The counts of a {@link CountedVerdict} as one query saw them, the way {@code Observation}
 * reports observed metrics: the first query (SQL execution, or job outside any) that evaluated it
 * and succeeded. An accumulator alone sums every job that ever read the data: a Dataset written to a
 * sink and then read by a consumer would count its rows twice.
 *
 * <p>It listens to the task ends of every job: a successful task reports what it added to the
 * verdict's accumulators (named accumulators are reported per task). Within a query, one stage's
 * partitions are summed (the first stage that evaluated the verdict: a query that reads the data
 * twice, e.g. a self-join, evaluates it in two stages) and each partition is taken once (a retried
 * task does not count twice). One listener per {@link SparkContext}.
 */
final class CountedExecutions extends SparkListener {
  private static final String EXECUTION_ID = "spark.sql.execution.id";
  private static final Map<SparkContext, CountedExecutions> BY_CONTEXT = new WeakHashMap<>();

  /** What a query counted: rows that reached the verdict and rows that broke a check. */
  record Counts(long rows, long breaking) {}

  /** A verdict watched: its accumulators, what each query reported so far, and the answer. */
  private static final class Watch {
    final long rowsId;
    final CompletableFuture<Counts> counts = new CompletableFuture<>();
    /** query → stage → partition → {rows, breaking}. */
    final Map<String, TreeMap<Integer, Map<Integer, long[]>>> seen = new ConcurrentHashMap<>();

    Watch(long rowsId) {
      this.rowsId = rowsId;
    }
  }

  private final Map<Long, Watch> byAccumulator = new ConcurrentHashMap<>();
  private final Map<Integer, String> queryOfStage = new ConcurrentHashMap<>();
  private final Map<Integer, String> queryOfJob = new ConcurrentHashMap<>();

  private CountedExecutions() {}

  /** The listener of {@code sc}, registered on first use. */
  static CountedExecutions of(SparkContext sc) {
    synchronized (BY_CONTEXT) {
      return BY_CONTEXT.computeIfAbsent(
          sc,
          c -> {
            CountedExecutions listener = new CountedExecutions();
            c.addSparkListener(listener);
            return listener;
          });
    }
  }

  /** Starts watching a verdict's accumulators; the future completes with the first query's counts. */
  CompletableFuture<Counts> watch(LongAccumulator rows, LongAccumulator breaking) {
    Watch w = new Watch(rows.id());
    byAccumulator.put(rows.id(), w);
    byAccumulator.put(breaking.id(), w);
    return w.counts;
  }

  /** Stops watching (the point is settled). */
  void forget(LongAccumulator rows, LongAccumulator breaking) {
    byAccumulator.remove(rows.id());
    byAccumulator.remove(breaking.id());
  }

  @Override
  public void onJobStart(SparkListenerJobStart start) {
    String id = start.properties() == null ? null : start.properties().getProperty(EXECUTION_ID);
    String query = id != null ? id : "job-" + start.jobId();
    queryOfJob.put(start.jobId(), query);
    for (StageInfo stage : CollectionConverters.asJava(start.stageInfos())) {
      queryOfStage.put(stage.stageId(), query);
    }
  }

  @Override
  public void onTaskEnd(SparkListenerTaskEnd end) {
    if (byAccumulator.isEmpty() || end.reason() != Success$.MODULE$) {
      return;
    }
    String query = queryOfStage.get(end.stageId());
    if (query == null) {
      return;
    }
    int partition = end.taskInfo().partitionId();
    for (AccumulableInfo info : CollectionConverters.asJava(end.taskInfo().accumulables())) {
      Watch w = byAccumulator.get(info.id());
      if (w == null || w.counts.isDone() || info.update().isEmpty()) {
        continue;
      }
      long update = ((Number) info.update().get()).longValue();
      long[] cell =
          w.seen
              .computeIfAbsent(query, q -> new TreeMap<>())
              .computeIfAbsent(end.stageId(), s -> new ConcurrentHashMap<>())
              .computeIfAbsent(partition, p -> new long[2]);
      cell[info.id() == w.rowsId ? 0 : 1] = update;
    }
  }

  @Override
  public void onJobEnd(SparkListenerJobEnd end) {
    String query = queryOfJob.remove(end.jobId());
    queryOfStage.values().removeIf(q -> q.equals("job-" + end.jobId()));
    if (query != null && query.startsWith("job-")) {
      settle(query, end.jobResult() == JobSucceeded$.MODULE$, Set.of());
    }
  }

  @Override
  public void onOtherEvent(SparkListenerEvent event) {
    if (event instanceof SparkListenerSQLExecutionEnd end) {
      String query = String.valueOf(end.executionId());
      queryOfStage.values().removeIf(q -> q.equals(query));
      // Spark sets an empty error message on success; the failure itself is there for local listeners.
      boolean failed =
          end.executionFailure().isDefined()
              || (end.errorMessage().isDefined() && !end.errorMessage().get().isEmpty());
      settle(query, !failed, end.qe() == null ? Set.of() : CountedVerdict.in(end.qe().analyzed()));
    }
  }

  /**
   * A query ended: the verdicts it evaluated take its counts if it succeeded and none came first. A
   * verdict in the query's plan that no task evaluated saw no row (e.g. Spark removed it above an
   * empty relation, or the input had no file).
   *
   * @param planned the verdicts in the query's plan
   */
  private void settle(String query, boolean succeeded, Set<Long> planned) {
    for (Watch w : byAccumulator.values()) {
      TreeMap<Integer, Map<Integer, long[]>> stages = w.seen.remove(query);
      if (!succeeded || w.counts.isDone()) {
        continue;
      }
      if (stages != null && !stages.isEmpty()) {
        long rows = 0;
        long breaking = 0;
        for (long[] cell : stages.get(stages.firstKey()).values()) {
          rows += cell[0];
          breaking += cell[1];
        }
        w.counts.complete(new Counts(rows, breaking));
      } else if (planned.contains(w.rowsId)) {
        w.counts.complete(new Counts(0, 0));
      }
    }
  }
}
