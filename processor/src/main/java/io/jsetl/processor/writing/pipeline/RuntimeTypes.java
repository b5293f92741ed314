package io.jsetl.processor.writing.pipeline;

import com.palantir.javapoet.ClassName;

/**
 * The runtime types generated wiring and pipelines talk to, by name: the processor never has the
 * runtime (or Spark) on its class path.
 */
final class RuntimeTypes {
  private static final String WIRING = "io.jsetl.runtime.wiring";

  static final ClassName KEY = ClassName.get(WIRING, "Key");
  static final ClassName INPUT_SPEC = ClassName.get(WIRING, "InputSpec");
  static final ClassName NODE_SPEC = ClassName.get(WIRING, "NodeSpec");
  static final ClassName PIPELINE_SPEC = ClassName.get(WIRING, "PipelineSpec");
  static final ClassName VALIDATION_SPEC = ClassName.get(WIRING, "ValidationSpec");
  static final ClassName ON_FAILURE = ClassName.get("io.jsetl.dsl", "OnFailure");
  static final ClassName RUN_LISTENER = ClassName.get("io.jsetl.runtime", "RunListener");
  static final ClassName GENERATED_PIPELINE = ClassName.get(WIRING, "GeneratedPipeline");
  static final ClassName SPARK_SESSION = ClassName.get("org.apache.spark.sql", "SparkSession");
  static final ClassName CONFIG = ClassName.get("com.typesafe.config", "Config");

  private RuntimeTypes() {}
}
