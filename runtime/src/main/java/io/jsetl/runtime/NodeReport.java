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
 * @param cache what jsetl decided about persisting its output, when the plan made it a candidate
 *     (a Dataset that two or more nodes consume); {@code null} otherwise or if it never ran
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
    @Nullable CacheDecision cache,
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

  /** Whether jsetl persisted its output, so that its consumers did not recompute it. */
  public boolean cached() {
    return cache != null && cache.persisted();
  }

  /**
   * The run-time decision about persisting one shared Dataset.
   *
   * @param persisted whether jsetl persisted it
   * @param reason why, in words: the storage level and consumers, or why it was not worth it
   * @param estimatedBytes Spark's optimizer estimate of its size, or {@code null} when unknown
   */
  public record CacheDecision(boolean persisted, String reason, @Nullable Long estimatedBytes) {
    public CacheDecision {
      Objects.requireNonNull(reason, "reason");
    }
  }
}
