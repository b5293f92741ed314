package io.jsetl.runtime.schedule;

import io.jsetl.runtime.RunReport;
import io.jsetl.runtime.wiring.Key;
import io.jsetl.runtime.wiring.PipelineSpec;

/** Runs one pipeline. TODO(runtime helper): implement. */
public final class PipelineEngine {
  private PipelineEngine() {}

  public static PipelineEngine create(PipelineSpec spec) {
    throw new UnsupportedOperationException("TODO");
  }

  public RunReport run() {
    throw new UnsupportedOperationException("TODO");
  }

  public String explain() {
    throw new UnsupportedOperationException("TODO");
  }

  public String mermaid() {
    throw new UnsupportedOperationException("TODO");
  }

  public String dot() {
    throw new UnsupportedOperationException("TODO");
  }

  public <T> T output(Key key) {
    throw new UnsupportedOperationException("TODO");
  }
}
