package io.jsetl.processor;

import java.util.List;

/**
 * The processor's steps, in the order they run; every step runs every round. One list per processor
 * instance: steps keep state across rounds (deferred elements, what they have written).
 */
final class Steps {
  private Steps() {}

  static List<ProcessingStep> all() {
    FactoryStep factories = new FactoryStep();
    return List.of(new SchemaStep(), factories, new PipelineStep(factories));
  }
}
