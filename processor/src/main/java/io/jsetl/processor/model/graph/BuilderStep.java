package io.jsetl.processor.model.graph;

import java.util.Objects;

/** A step of a generated pipeline's staged builder that is specific to the pipeline. */
public sealed interface BuilderStep {
  /** The step's method name, also the builder field that holds its value. */
  String name();

  /** Whether the builder has a stage for it (it cannot be skipped). */
  boolean required();

  /** A value for an external input. */
  record ExternalStep(String name, ExternalInput input) implements BuilderStep {
    public ExternalStep {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(input, "input");
    }

    @Override
    public boolean required() {
      return !input.optional();
    }
  }

  /** The instance a factory class's instance methods run on. */
  record FactoryInstanceStep(String name, FactoryModel factory) implements BuilderStep {
    public FactoryInstanceStep {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(factory, "factory");
    }

    @Override
    public boolean required() {
      return factory.instantiation() == Instantiation.SUPPLIED;
    }
  }
}
