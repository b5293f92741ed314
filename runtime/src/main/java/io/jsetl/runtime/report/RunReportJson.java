package io.jsetl.runtime.report;

import io.jsetl.runtime.NodeReport;
import io.jsetl.runtime.NodeReport.CacheDecision;
import io.jsetl.runtime.RunReport;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The run report as JSON. Keys are in a fixed order and absent values are {@code null} rather than
 * missing, so that every report has the same shape and tools need no special cases.
 */
public final class RunReportJson {
  private RunReportJson() {}

  public static String render(RunReport report) {
    Map<String, @Nullable Object> root = new LinkedHashMap<>();
    root.put("pipeline", report.pipeline());
    root.put("runId", report.runId());
    root.put("succeeded", report.succeeded());
    root.put("start", report.start().toString());
    root.put("end", report.end().toString());
    root.put("durationMs", report.duration().toMillis());
    root.put("nodes", report.nodes().stream().map(RunReportJson::node).toList());
    root.put(
        "validations", report.validations().stream().map(ValidationReportJson::tree).toList());
    return Json.write(root);
  }

  private static Map<String, @Nullable Object> node(NodeReport n) {
    Map<String, @Nullable Object> m = new LinkedHashMap<>();
    m.put("name", n.name());
    m.put("stage", n.stage());
    m.put("status", n.status().name());
    m.put("start", text(n.start()));
    m.put("end", text(n.end()));
    m.put("durationMs", n.duration().toMillis());
    m.put("sink", n.hasSink() ? n.sink() : null);
    m.put("cached", n.cached());
    m.put("cache", cache(n.cache()));
    m.put("error", n.error());
    return m;
  }

  private static @Nullable Map<String, @Nullable Object> cache(@Nullable CacheDecision decision) {
    if (decision == null) {
      return null;
    }
    Map<String, @Nullable Object> m = new LinkedHashMap<>();
    m.put("reason", decision.reason());
    m.put("estimatedBytes", decision.estimatedBytes());
    return m;
  }

  private static @Nullable String text(@Nullable Instant t) {
    return t == null ? null : t.toString();
  }
}
