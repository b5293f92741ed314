/**
 * The model of {@code @Schema} records: {@link io.jsetl.processor.model.schema.SchemaModel}, its
 * columns and their {@link io.jsetl.processor.model.schema.ColumnType} trees, read once from the
 * elements by {@link io.jsetl.processor.model.schema.SchemaReader}. Reading never fails on user
 * mistakes: what jsetl cannot encode or check stays in the model for validation to report where it
 * occurs; writers see only validated models.
 */
package io.jsetl.processor.model.schema;
