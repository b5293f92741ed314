package io.jsetl.processor.writing.schema;

import com.palantir.javapoet.ClassName;

/**
 * The runtime, DSL and Spark types generated {@code X_} classes use, by name: the processor never
 * has them on its own classpath.
 */
final class RuntimeTypes {
  private RuntimeTypes() {}

  static final ClassName ENCODING = ClassName.get("io.jsetl.runtime.encoding", "Encoding");
  static final ClassName ENCODER = ClassName.get("org.apache.spark.sql", "Encoder");
  static final ClassName STRUCT_TYPE = ClassName.get("org.apache.spark.sql.types", "StructType");
  static final ClassName COL = ClassName.get("io.jsetl.dsl", "Col");
  static final ClassName RULE_SET = ClassName.get("io.jsetl.dsl", "RuleSet");
  static final ClassName RULE = ClassName.get("io.jsetl.dsl", "Rule");
  static final ClassName VIOLATION = ClassName.get("io.jsetl.dsl", "Violation");

  /** A nested record of {@code io.jsetl.dsl.Rule}, e.g. {@code Rule.NotNull}. */
  static ClassName rule(String kind) {
    return RULE.nestedClass(kind);
  }
}
