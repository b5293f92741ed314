package io.jsetl.runtime.schedule;

import io.jsetl.runtime.NodeStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What became of one task.
 *
 * @param start {@code null} when it never started ({@link NodeStatus#NOT_RUN})
 * @param error what it threw, when {@link NodeStatus#FAILED} or {@link NodeStatus#CANCELLED}
 */
record TaskResult(
    NodeStatus status,
    @Nullable Instant start,
    @Nullable Instant end,
    Duration duration,
    @Nullable Throwable error) {
  TaskResult {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(duration, "duration");
  }

  static final TaskResult NOT_RUN = new TaskResult(NodeStatus.NOT_RUN, null, null, Duration.ZERO, null);
}
