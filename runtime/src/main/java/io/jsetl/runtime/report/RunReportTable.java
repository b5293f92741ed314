package io.jsetl.runtime.report;

import io.jsetl.runtime.NodeReport;
import io.jsetl.runtime.NodeReport.CacheDecision;
import io.jsetl.runtime.RunReport;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The run report as a plain-text table, one line per node, for consoles and logs. */
public final class RunReportTable {
  private static final List<String> HEADER =
      List.of("stage", "node", "status", "duration", "sink", "cached", "error");

  private RunReportTable() {}

  public static String render(RunReport report) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(HEADER);
    report.nodes().forEach(n -> rows.add(row(n)));
    int[] widths = new int[HEADER.size()];
    rows.forEach(r -> {
      for (int i = 0; i < r.size(); i++) {
        widths[i] = Math.max(widths[i], r.get(i).length());
      }
    });
    StringBuilder out = new StringBuilder();
    out.append("Pipeline ")
        .append(report.pipeline())
        .append(", run ")
        .append(report.runId())
        .append(": ")
        .append(report.succeeded() ? "SUCCEEDED" : "FAILED")
        .append(" in ")
        .append(Format.seconds(report.duration()))
        .append('\n');
    for (List<String> r : rows) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < r.size(); i++) {
        line.append(i == r.size() - 1 ? r.get(i) : pad(r.get(i), widths[i] + 2));
      }
      out.append(line.toString().stripTrailing()).append('\n');
    }
    report.validations().forEach(v -> out.append(v).append('\n'));
    return out.toString();
  }

  private static List<String> row(NodeReport n) {
    return List.of(
        n.stage() < 0 ? "-" : Integer.toString(n.stage()),
        n.name(),
        n.status().name(),
        n.start() == null ? "" : Format.seconds(n.duration()),
        n.sink(),
        cached(n.cache()),
        n.error() == null ? "" : n.error());
  }

  /** Blank when the node was not a caching candidate; the reason is in the JSON. */
  private static String cached(@Nullable CacheDecision cache) {
    if (cache == null) {
      return "";
    }
    if (!cache.persisted()) {
      return "no";
    }
    Long estimate = cache.estimatedBytes();
    return estimate == null ? "yes" : "yes (est. " + Format.bytes(estimate) + ")";
  }

  private static String pad(String s, int width) {
    return s + " ".repeat(Math.max(0, width - s.length()));
  }
}
