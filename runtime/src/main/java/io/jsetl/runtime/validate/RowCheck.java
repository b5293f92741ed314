package io.jsetl.runtime.validate;

import org.apache.spark.sql.Column;

/**
 * A rule decided row by row: fused into the job as one boolean per row and two metrics (how many
 * rows break it, which values).
 *
 * @param column the rule's column or {@code "*"}
 * @param rule the rule's name
 * @param breaks true exactly when a row breaks the rule; never null
 * @param sample what to show of a breaking row: the value as text, or the row as JSON
 */
record RowCheck(String column, String rule, Column breaks, Column sample) {
  /** {@code "column: rule"}, a quarantined row's reason. */
  String reason() {
    return reason(column, rule);
  }

  /** How a rule is named in reasons and in the list of rules proven by file statistics. */
  static String reason(String column, String rule) {
    return column + ": " + rule;
  }
}
