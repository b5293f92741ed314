/**
 * The rules about {@code @Schema} records, one class per family, all listed in
 * {@link io.jsetl.processor.validation.schema.SchemaValidators} and all run: every problem of a
 * record is reported, each anchored on the component, annotation or annotation value at fault,
 * worded by {@link io.jsetl.processor.validation.Messages}.
 */
package io.jsetl.processor.validation.schema;
