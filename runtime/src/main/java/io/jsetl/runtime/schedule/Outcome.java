package io.jsetl.runtime.schedule;

import io.jsetl.runtime.NodeStatus;
import java.util.Map;

/**
 * What one schedule did.
 *
 * @param results every task's result, in the order the tasks ended (never-started ones last)
 * @param interrupted the calling thread was interrupted, so running tasks were cancelled
 */
record Outcome(Map<String, TaskResult> results, boolean interrupted) {
  /** True unless every task succeeded. */
  boolean failed() {
    return interrupted || results.values().stream().anyMatch(r -> r.status() != NodeStatus.SUCCEEDED);
  }
}
