package io.jsetl.runtime.schedule;

import io.jsetl.runtime.wiring.PipelineSpec;

/** Engines for tests that run without Spark: no session, job groups faked. */
final class Engines {
  private Engines() {}

  static PipelineEngine withoutSpark(PipelineSpec spec) {
    return PipelineEngine.create(spec, session -> JobGroups.NONE, TaskListener.NONE);
  }

  static PipelineEngine withoutSpark(PipelineSpec spec, JobGroups jobs, TaskListener listener) {
    return PipelineEngine.create(spec, session -> jobs, listener);
  }
}
