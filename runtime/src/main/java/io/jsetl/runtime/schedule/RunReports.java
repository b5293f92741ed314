package io.jsetl.runtime.schedule;

import io.jsetl.runtime.NodeReport;
import io.jsetl.runtime.NodeReport.CacheDecision;
import io.jsetl.runtime.NodeStatus;
import io.jsetl.runtime.PipelineException;
import io.jsetl.runtime.RunReport;
import io.jsetl.runtime.RuntimeErrors;
import io.jsetl.runtime.ValidationException;
import io.jsetl.runtime.ValidationReport;
import java.util.Collection;
import java.util.Optional;
import io.jsetl.runtime.graph.FactoryVertex;
import io.jsetl.runtime.graph.PipelineGraph;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Turns the scheduler's task results into the public {@link RunReport} and, after a failure, the
 * one {@link PipelineException}. Every vertex of the graph is reported, pruned ones as SKIPPED, so
 * a report always shows the whole plan.
 */
final class RunReports {
  private RunReports() {}

  /**
   * Needed vertices in plan order (stage, then name), then pruned ones by name.
   *
   * @param cache the caching decision of each candidate that ran, by vertex
   * @param validations the reports of the validation points known so far
   */
  static RunReport report(
      PipelineGraph graph,
      String runId,
      Map<String, TaskResult> results,
      Map<String, CacheDecision> cache,
      Instant start,
      List<ValidationReport> validations) {
    List<NodeReport> nodes = new ArrayList<>();
    graph.needed().stream()
        .sorted(Comparator.comparingInt(graph::stage).thenComparing(Comparator.naturalOrder()))
        .forEach(
            name ->
                nodes.add(
                    node(graph, name, results.getOrDefault(name, TaskResult.NOT_RUN), cache.get(name))));
    graph.pruned().keySet().forEach(
        name ->
            nodes.add(
                new NodeReport(
                    name, -1, NodeStatus.SKIPPED, null, null, Duration.ZERO, sink(graph, name), null, null)));
    return new RunReport(graph.pipeline(), runId, start, Instant.now(), nodes, validations);
  }

  /**
   * When data broke the rules of a {@code FAIL} point and nothing else went wrong (every failed
   * node failed on a validation), the first such {@link ValidationException}, which is what a
   * caller wants to catch; the whole failure stays attached to it as suppressed.
   */
  static Optional<ValidationException> validationFailure(PipelineException failed) {
    Collection<Throwable> causes = failed.failures().values();
    if (causes.isEmpty() || !causes.stream().allMatch(c -> c instanceof ValidationException)) {
      return Optional.empty();
    }
    ValidationException first = (ValidationException) causes.iterator().next();
    ValidationException thrown = new ValidationException(first.report());
    thrown.addSuppressed(failed);
    return Optional.of(thrown);
  }

  /** The failure of one schedule, with the report of the whole engine so far. */
  static PipelineException failure(Outcome outcome, RunReport report) {
    Map<String, Throwable> failed = new LinkedHashMap<>();
    Map<String, Throwable> cancelled = new LinkedHashMap<>();
    List<String> notRun = new ArrayList<>();
    outcome.results().forEach(
        (name, r) -> {
          Throwable error = r.error();
          if (r.status() == NodeStatus.NOT_RUN) {
            notRun.add(name);
          } else if (error != null) {
            (r.status() == NodeStatus.FAILED ? failed : cancelled).put(name, error);
          }
        });
    return RuntimeErrors.pipelineFailed(report, failed, cancelled, notRun, outcome.interrupted());
  }

  private static NodeReport node(
      PipelineGraph graph, String name, TaskResult r, @Nullable CacheDecision cache) {
    Throwable error = r.error();
    return new NodeReport(
        name,
        graph.stage(name),
        r.status(),
        r.start(),
        r.end(),
        r.duration(),
        sink(graph, name),
        cache,
        error == null ? null : RuntimeErrors.describe(error));
  }

  private static String sink(PipelineGraph graph, String name) {
    return graph.vertex(name) instanceof FactoryVertex f ? f.sink() : "";
  }
}
