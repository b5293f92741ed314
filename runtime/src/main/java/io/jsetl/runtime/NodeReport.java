package io.jsetl.runtime;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What happened to one node in a run.
 *
 * @param name {@code SimpleClassName.method} for a factory, {@code source:<connector>} for a source
 * @param stage the topological level (sources are 0, a factory reading only sources is 1), or -1
 *     for a pruned node, which is in no stage
 * @param status what became of it
 * @param start when it started, or {@code null} if it never started
 * @param end when it ended, or {@code null} if it never started
 * @param duration measured with a monotonic clock, so it may differ slightly from {@code end -
 *     start}; zero if it never started
 * @param sink the connector it writes, or {@code ""}
 * @param error one line, {@code ExceptionClass: message}, when it failed or was cancelled; else
 *     {@code null}
 */
public record NodeReport(
    String name,
    int stage,
    NodeStatus status,
    @Nullable Instant start,
    @Nullable Instant end,
    Duration duration,
    String sink,
    @Nullable String error) {
  public NodeReport {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(duration, "duration");
    Objects.requireNonNull(sink, "sink");
  }

  public boolean hasSink() {
    return !sink.isEmpty();
  }
}
