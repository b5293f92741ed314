package io.jsetl.processor.validation.schema;

import io.jsetl.processor.model.schema.SchemaModel;
import io.jsetl.processor.validation.Code;
import io.jsetl.processor.validation.Messages;
import io.jsetl.processor.validation.Report;

/** The record itself: the generated class must be able to name it, and it cannot be generic. */
final class RecordShapeValidator implements SchemaValidator {
  @Override
  public void validate(SchemaModel schema, Report report) {
    String generated = schema.generatedName().canonicalName();
    if (schema.generic()) {
      report.add(
          Code.UnsupportedColumnType,
          Messages.schemaGeneric(schema.qualifiedName(), generated),
          schema.element());
    }
    if (!schema.accessible()) {
      report.add(
          Code.UnsupportedColumnType,
          Messages.schemaInaccessible(schema.qualifiedName(), generated),
          schema.element());
    }
  }
}
