package io.jsetl.dsl;

/** What jsetl does with a dataset that breaks its rules at a {@link Validate} point. */
public enum OnFailure {
  /**
   * Stop: the run fails with a {@code ValidationException} naming every broken rule with its count,
   * and nothing is committed to any sink that reads the invalid data.
   */
  FAIL,
  /**
   * Keep the valid rows only; the invalid ones are counted, and written to the quarantine connector
   * when one is named, with the reasons in a {@code jsetl_errors} column.
   */
  DROP,
  /** Keep every row and only report what is broken. */
  REPORT
}
