package io.jsetl.runtime.report;

import io.jsetl.runtime.RuleFailure;
import io.jsetl.runtime.ValidationReport;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A validation report as JSON, keys in a fixed order; also a part of the run report's JSON. */
public final class ValidationReportJson {
  private ValidationReportJson() {}

  public static String render(ValidationReport report) {
    return Json.write(tree(report));
  }

  static Map<String, @Nullable Object> tree(ValidationReport r) {
    Map<String, @Nullable Object> m = new LinkedHashMap<>();
    m.put("node", r.node());
    m.put("target", r.target());
    m.put("record", r.record());
    m.put("mode", r.mode().name());
    m.put("passed", r.passed());
    m.put("totalRows", r.totalRows());
    m.put("droppedRows", r.droppedRows());
    m.put("quarantine", r.quarantine().isEmpty() ? null : r.quarantine());
    m.put("extraJobs", r.extraJobs());
    m.put("provenByStatistics", r.provenByStatistics());
    m.put("failures", r.failures().stream().map(ValidationReportJson::failure).toList());
    return m;
  }

  private static Map<String, @Nullable Object> failure(RuleFailure f) {
    Map<String, @Nullable Object> m = new LinkedHashMap<>();
    m.put("column", f.column());
    m.put("rule", f.rule());
    m.put("failedRows", f.failedRows());
    m.put("totalRows", f.totalRows());
    m.put("observed", f.observed());
    m.put("samples", f.samples());
    return m;
  }
}
