package io.jsetl.runtime;

import java.util.List;

/**
 * User hooks around each node of a run, given to the generated builder ({@code .listener(...)}).
 * Calls come from the scheduler's threads, possibly concurrently for independent nodes; a
 * listener that throws is logged and ignored, so a hook can never break a run.
 */
public interface RunListener {
  /** A node is about to run. */
  default void beforeNode(String node) {}

  /**
   * A node has ended (succeeded, failed or was cancelled).
   *
   * @param validations the validations of the node known by then: its output's, and those of its
   *     inputs whose data was read by its own jobs
   */
  default void afterNode(NodeReport report, List<ValidationReport> validations) {}

  /**
   * A validation point's result is known. Inputs read lazily are known when the job that reads them
   * ends, which may be after their node.
   */
  default void validated(ValidationReport report) {}
}
