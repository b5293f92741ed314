package io.jsetl.runtime.report;

import io.jsetl.runtime.RuleFailure;
import io.jsetl.runtime.ValidationReport;
import java.util.stream.Collectors;

/**
 * A validation report as text: what the exception message shows. One headline naming the node,
 * the target, the mode and the verdict; then one aligned line per broken rule.
 */
public final class ValidationReportText {
  private static final int MAX_SAMPLE_CHARS = 80;

  private ValidationReportText() {}

  public static String render(ValidationReport r) {
    StringBuilder out = new StringBuilder();
    out.append("Validation of ")
        .append(r.node())
        .append(' ')
        .append(r.target())
        .append(" (")
        .append(r.record())
        .append(", ")
        .append(r.mode())
        .append("): ");
    if (r.passed()) {
      out.append("passed, ").append(rows(r.totalRows())).append(" checked");
      return proven(out, r).toString();
    }
    out.append(r.failures().size())
        .append(r.failures().size() == 1 ? " rule" : " rules")
        .append(" broken in ")
        .append(rows(r.totalRows()));
    if (r.droppedRows() > 0) {
      out.append("; ").append(rows(r.droppedRows())).append(" dropped");
      if (!r.quarantine().isEmpty()) {
        out.append(" to quarantine '").append(r.quarantine()).append('\'');
      }
    }
    proven(out, r);
    int columnWidth = r.failures().stream().mapToInt(f -> f.column().length()).max().orElse(0);
    int ruleWidth = r.failures().stream().mapToInt(f -> f.rule().length()).max().orElse(0);
    for (RuleFailure f : r.failures()) {
      out.append("\n  ")
          .append(pad(f.column(), columnWidth))
          .append("  ")
          .append(pad(f.rule(), ruleWidth))
          .append("  ");
      if (f.observed() != null) {
        out.append(f.observed());
      } else {
        out.append(f.failedRows()).append(" of ").append(rows(f.totalRows()));
      }
      if (!f.samples().isEmpty()) {
        out.append("  e.g. ")
            .append(f.samples().stream().map(ValidationReportText::sample).collect(Collectors.joining(", ")));
      }
    }
    return out.toString();
  }

  private static StringBuilder proven(StringBuilder out, ValidationReport r) {
    int n = r.provenByStatistics().size();
    if (n > 0) {
      out.append(" (").append(n).append(n == 1 ? " rule" : " rules").append(" proven by file statistics)");
    }
    return out;
  }

  private static String rows(long n) {
    return n + (n == 1 ? " row" : " rows");
  }

  /** Long samples are cut; blank ones, or ones with spaces around them, are quoted to be seen. */
  private static String sample(String s) {
    String cut = s.length() <= MAX_SAMPLE_CHARS ? s : s.substring(0, MAX_SAMPLE_CHARS - 3) + "...";
    return cut.isBlank() || !cut.equals(cut.strip()) ? '"' + cut + '"' : cut;
  }

  private static String pad(String s, int width) {
    return s + " ".repeat(Math.max(0, width - s.length()));
  }
}
