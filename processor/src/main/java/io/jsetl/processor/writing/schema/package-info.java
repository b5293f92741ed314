/**
 * Writes {@code X_} for a validated {@code @Schema} record with JavaPoet: the runtime's
 * {@code Encoding} description of the record (nested records inline), its Spark schema, one typed
 * {@code Col} per component, the compiled {@code RULES} (jsetl's checks and Jakarta's constraints,
 * nested records' included) and {@code violations(x)}, which checks one record in plain Java.
 * Runtime and Spark types are named, never loaded: the processor has no Spark on its classpath.
 */
package io.jsetl.processor.writing.schema;
