package io.jsetl.runtime;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One rule that data broke at a validation point.
 *
 * @param column the column, a dotted path into a nested record, or {@code "*"} for a rule over the
 *     row or the dataset
 * @param rule the rule's name, e.g. {@code range[0..150]} or {@code rowCount[1..100]}
 * @param failedRows how many rows break it; for a dataset check that no row breaks alone (row count,
 *     statistics), 0, and {@link #observed()} says what was measured
 * @param totalRows how many rows were checked
 * @param samples up to five offending values (as text; the whole row as JSON for row checks and
 *     null checks), deterministic for the same data
 * @param observed the measured value of a dataset check, e.g. {@code mean=12.5}, or {@code null}
 */
public record RuleFailure(
    String column,
    String rule,
    long failedRows,
    long totalRows,
    List<String> samples,
    @Nullable String observed) {
  /** At most this many samples are kept per rule. */
  public static final int MAX_SAMPLES = 5;

  public RuleFailure {
    Objects.requireNonNull(column, "column");
    Objects.requireNonNull(rule, "rule");
    samples = List.copyOf(samples);
  }

  /** {@code "column: rule"}, the reason written into a quarantined row's {@code jsetl_errors}. */
  public String reason() {
    return column + ": " + rule;
  }
}
