/**
 * Writes {@code X_} for a validated {@code @Schema} record with JavaPoet: the runtime's
 * {@code Encoding} description of the record (nested records inline), its Spark schema, one typed
 * {@code Col} per component and the compiled {@code RULES}. Runtime and Spark types are named,
 * never loaded: the processor has no Spark on its classpath.
 */
package io.jsetl.processor.writing.schema;
