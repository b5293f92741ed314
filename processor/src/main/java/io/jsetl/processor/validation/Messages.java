package io.jsetl.processor.validation;

/**
 * Every message of the processor, in one place, in the form {@code what is wrong. why. what to do.}
 * (the {@code [jsetl/Code]} tag is added by {@link Problem#text()}). Types and ids are spelled out in
 * full so that the user can find them.
 */
public final class Messages {
  private Messages() {}

  // ---- Schemas: UnsupportedColumnType, InvalidCheck, NameClash (columns) ----

  // ---- Factories and pipelines: FactoryShape, PipelineShape, MissingProducer, AmbiguousProducer,
  // ---- Cycle, TypeMismatch, NameClash (builder steps), UnusedOutput ----
}
