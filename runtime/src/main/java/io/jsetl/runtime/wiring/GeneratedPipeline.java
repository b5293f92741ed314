package io.jsetl.runtime.wiring;

import io.jsetl.runtime.JsetlPipeline;
import io.jsetl.runtime.RunReport;
import io.jsetl.runtime.schedule.PipelineEngine;

/**
 * Base class of every generated {@code JsetlX}: delegates to the engine, so that generated code
 * holds only what is specific to one pipeline (its builder and its typed outputs).
 */
public abstract class GeneratedPipeline implements JsetlPipeline {
  private final PipelineEngine engine;

  protected GeneratedPipeline(PipelineSpec spec) {
    this.engine = PipelineEngine.create(spec);
  }

  @Override
  public final RunReport run() {
    return engine.run();
  }

  @Override
  public final String explain() {
    return engine.explain();
  }

  @Override
  public final String mermaid() {
    return engine.mermaid();
  }

  @Override
  public final String dot() {
    return engine.dot();
  }

  /** The value of a requested output, running what it needs on first use. */
  protected final <T> T output(Key key) {
    return engine.output(key);
  }
}
