package io.jsetl.processor.model.graph;

/** How a generated pipeline gets the instance that a factory class's instance methods run on. */
public enum Instantiation {
  /** Every {@code @Deliver} method is static: no instance, no builder step. */
  STATIC_ONLY,
  /**
   * A concrete class with a public no-argument constructor: an optional builder step; by default
   * the pipeline creates one instance on first use.
   */
  DEFAULT_CONSTRUCTOR,
  /**
   * No public no-argument constructor (or an abstract class): the instance is a required builder
   * step, so the user supplies it, e.g. built with the arguments it needs.
   */
  SUPPLIED
}
