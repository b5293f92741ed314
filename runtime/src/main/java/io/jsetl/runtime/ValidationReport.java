package io.jsetl.runtime;

import io.jsetl.dsl.OnFailure;
import io.jsetl.runtime.report.ValidationReportJson;
import io.jsetl.runtime.report.ValidationReportText;
import java.util.List;
import java.util.Objects;

/**
 * What one validation point found: a factory's output, or one input as a factory read it.
 *
 * @param node the factory's node name, {@code SimpleClassName.method}
 * @param target {@code "output"}, or {@code "input <name>"} for a validated input
 * @param record the simple name of the checked {@code @Schema} record
 * @param mode what was done with invalid data
 * @param totalRows rows checked
 * @param droppedRows rows removed ({@code DROP} mode), each written to the quarantine when one is
 *     configured; 0 in the other modes
 * @param quarantine the quarantine connector, or {@code ""}
 * @param failures every broken rule, in the order of the record's rules
 * @param extraJobs Spark jobs run for validation besides the job that read or wrote the data: one
 *     per uniqueness or key check, one per quarantine write, and one to count every rule (with
 *     samples) when some row broke a row check; 0 for valid data without such checks
 * @param provenByStatistics rules ({@code "column: rule"}) that the Parquet statistics of the files
 *     read decided for every row, so that no row was checked against them (validated inputs that
 *     are plain Parquet or Delta scans; {@code jsetl.validation.file-statistics})
 */
public record ValidationReport(
    String node,
    String target,
    String record,
    OnFailure mode,
    long totalRows,
    long droppedRows,
    String quarantine,
    List<RuleFailure> failures,
    int extraJobs,
    List<String> provenByStatistics) {
  public ValidationReport {
    Objects.requireNonNull(node, "node");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(quarantine, "quarantine");
    failures = List.copyOf(failures);
    provenByStatistics = List.copyOf(provenByStatistics);
  }

  /** True when no rule was broken. */
  public boolean passed() {
    return failures.isEmpty();
  }

  /** The report as JSON with a fixed key order. */
  public String toJson() {
    return ValidationReportJson.render(this);
  }

  /** The text report: a headline, then one line per broken rule with counts and samples. */
  @Override
  public String toString() {
    return ValidationReportText.render(this);
  }
}
