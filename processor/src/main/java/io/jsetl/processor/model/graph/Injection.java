package io.jsetl.processor.model.graph;

import java.util.Optional;

/**
 * Parameter types the runtime injects instead of treating them as deliverables; {@code accessor} is
 * the method of the runtime's {@code Inputs} that generated invokers call.
 */
public enum Injection {
  SPARK("org.apache.spark.sql.SparkSession", "spark"),
  CONFIG("com.typesafe.config.Config", "config"),
  CONTEXT("io.jsetl.runtime.RunContext", "context");

  private final String typeName;
  private final String accessor;

  Injection(String typeName, String accessor) {
    this.typeName = typeName;
    this.accessor = accessor;
  }

  /** The injection for a parameter whose type (erased) is {@code qualifiedName}, if any. */
  public static Optional<Injection> forType(String qualifiedName) {
    for (Injection injection : values()) {
      if (injection.typeName.equals(qualifiedName)) {
        return Optional.of(injection);
      }
    }
    return Optional.empty();
  }

  public String typeName() {
    return typeName;
  }

  public String simpleTypeName() {
    return typeName.substring(typeName.lastIndexOf('.') + 1);
  }

  /** {@code spark}, {@code config} or {@code context}: {@code in.spark()} in generated invokers. */
  public String accessor() {
    return accessor;
  }
}
