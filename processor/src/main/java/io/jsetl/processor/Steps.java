package io.jsetl.processor;

import java.util.List;

/** The processor's steps, in the order they run; every step runs every round. */
final class Steps {
  private Steps() {}

  static List<ProcessingStep> all() {
    // TODO(helpers): SchemaStep (schemas), then FactoryStep and PipelineStep (factories, pipelines).
    return List.of();
  }
}
