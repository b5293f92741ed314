package io.jsetl.runtime;

/** What became of one node (a factory or a source) of a pipeline. */
public enum NodeStatus {
  /** It ran, and wrote its sink if it has one. */
  SUCCEEDED,
  /** It threw; {@link PipelineException#failures()} holds the cause. */
  FAILED,
  /**
   * It was running when another node failed and was stopped: its Spark jobs were cancelled. Its own
   * exception (usually Spark's "job cancelled") is in {@link NodeReport#error()}.
   */
  CANCELLED,
  /**
   * It is needed but did not start: another node failed first, or (after only some outputs were
   * asked for) nothing has needed it yet.
   */
  NOT_RUN,
  /** Pruned: no requested output and no sink needs it, so it never runs. */
  SKIPPED
}
