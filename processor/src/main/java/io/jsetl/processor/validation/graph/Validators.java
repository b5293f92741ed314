package io.jsetl.processor.validation.graph;

import java.util.List;

/**
 * Every rule about factories and pipelines, in the order they run; each list runs in full so that
 * all problems of a round are reported. A pipeline is resolved only when its {@link #PIPELINE}
 * rules pass, and written only when its graph rules pass too.
 */
public final class Validators {
  /** Rules about one class with {@code @Deliver} methods. */
  public static final List<FactoryValidator> FACTORY =
      List.of(new FactoryShapeValidator(), new SourceTypeValidator(), new ValidateValidator());

  /** Rules about a {@code @Pipeline} type before its graph exists. */
  public static final List<PipelineValidator> PIPELINE =
      List.of(new PipelineShapeValidator(), new PipelineNameValidator());

  /** Rules about a resolved pipeline. */
  public static final List<GraphValidator> GRAPH =
      List.of(
          new MissingProducerValidator(),
          new AmbiguousProducerValidator(),
          new TypeMismatchValidator(),
          new CycleValidator(),
          new BuilderStepNameValidator(),
          new UnusedOutputValidator());

  private Validators() {}
}
