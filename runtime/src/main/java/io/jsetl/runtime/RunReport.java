package io.jsetl.runtime;

import io.jsetl.runtime.report.RunReportJson;
import io.jsetl.runtime.report.RunReportTable;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What happened in one run of a pipeline: one {@link NodeReport} per node, pruned ones included
 * (as {@link NodeStatus#SKIPPED}), so the report shows the whole plan and not only what ran.
 * Nodes are ordered by stage, then name; pruned nodes come last. Immutable.
 *
 * <p>A pipeline runs each node once: a node that ran earlier (because an output was asked for
 * before {@code run()}) is reported with its original times.
 *
 * @param pipeline the simple name of the {@code @Pipeline} interface
 * @param runId the id shared by every Spark job group of this run ({@code jsetl-<runId>-<node>})
 * @param start when this call started
 * @param end when this call ended
 * @param nodes per node, in plan order
 * @param validations one per validation point whose data was checked in this run, ordered by node
 *     then target
 */
public record RunReport(
    String pipeline,
    String runId,
    Instant start,
    Instant end,
    List<NodeReport> nodes,
    List<ValidationReport> validations) {
  public RunReport {
    Objects.requireNonNull(pipeline, "pipeline");
    Objects.requireNonNull(runId, "runId");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    nodes = List.copyOf(nodes);
    validations = List.copyOf(validations);
  }

  /** A report without validations. */
  public RunReport(
      String pipeline, String runId, Instant start, Instant end, List<NodeReport> nodes) {
    this(pipeline, runId, start, end, nodes, List.of());
  }

  public Duration duration() {
    return Duration.between(start, end);
  }

  /** True when every node that is not pruned succeeded. */
  public boolean succeeded() {
    return nodes.stream()
        .allMatch(n -> n.status() == NodeStatus.SUCCEEDED || n.status() == NodeStatus.SKIPPED);
  }

  /** The report of the node with this name. */
  public Optional<NodeReport> node(String name) {
    return nodes.stream().filter(n -> n.name().equals(name)).findFirst();
  }

  /** The report as JSON with a fixed key order, for tools and run history. */
  public String toJson() {
    return RunReportJson.render(this);
  }

  /** A readable table, one line per node. */
  @Override
  public String toString() {
    return RunReportTable.render(this);
  }
}
