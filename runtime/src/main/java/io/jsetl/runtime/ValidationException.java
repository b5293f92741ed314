package io.jsetl.runtime;

import java.util.Objects;

/**
 * Data broke the rules of a {@code @Validate(onFailure = FAIL)} point. Nothing was committed to any
 * sink that reads the invalid data. Thrown by {@code run()} or by a requested output, possibly as
 * a cause of the scheduler's {@link PipelineException}; its message is the text report.
 */
public final class ValidationException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient ValidationReport report;

  public ValidationException(ValidationReport report) {
    super(Objects.requireNonNull(report, "report").toString());
    this.report = report;
  }

  /** Every broken rule with its counts and samples. */
  public ValidationReport report() {
    return report;
  }
}
