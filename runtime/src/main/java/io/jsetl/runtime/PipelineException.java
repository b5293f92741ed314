package io.jsetl.runtime;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A run failed. One exception for the whole run, however many nodes failed, so that a caller has
 * one thing to catch and one message that names every failed node with its cause, the nodes that
 * were cancelled and those that never ran.
 *
 * <p>{@link #getCause()} is the first failure; the others are {@linkplain #getSuppressed()
 * suppressed}, so a stack trace shows them all.
 */
public class PipelineException extends RuntimeException {
  private final Map<String, Throwable> failures;
  private final RunReport report;

  /** Made by {@link RuntimeErrors}, which words every message. */
  PipelineException(String message, Map<String, Throwable> failures, RunReport report) {
    super(message, failures.isEmpty() ? null : failures.values().iterator().next());
    this.failures = Collections.unmodifiableMap(new LinkedHashMap<>(failures));
    this.report = Objects.requireNonNull(report, "report");
  }

  /** The exception, with every failure after the first attached as suppressed. */
  static PipelineException of(String message, Map<String, Throwable> failures, RunReport report) {
    PipelineException e = new PipelineException(message, failures, report);
    failures.values().stream().skip(1).forEach(e::addSuppressed);
    return e;
  }

  /** Every failed node and what it threw, in the order they failed. */
  public Map<String, Throwable> failures() {
    return failures;
  }

  /** What happened to every node, including those that succeeded before the failure. */
  public RunReport report() {
    return report;
  }
}
