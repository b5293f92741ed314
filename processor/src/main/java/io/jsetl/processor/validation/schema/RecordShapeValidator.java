package io.jsetl.processor.validation.schema;

import io.jsetl.processor.model.schema.SchemaModel;
import io.jsetl.processor.validation.Code;
import io.jsetl.processor.validation.Messages;
import io.jsetl.processor.validation.Report;

/**
 * {@code SchemaShape} of the record itself: it cannot be generic, and it must be public with every
 * class around it, because Spark's generated code (in another package) builds its rows.
 */
final class RecordShapeValidator implements SchemaValidator {
  @Override
  public void validate(SchemaModel schema, Report report) {
    if (schema.generic()) {
      report.add(
          Code.SchemaShape,
          Messages.schemaGeneric(
              schema.qualifiedName(), schema.generatedName().canonicalName()),
          schema.element());
    }
    if (schema.notPublic() != null) {
      report.add(
          Code.SchemaShape,
          Messages.schemaNotPublic(schema.qualifiedName(), schema.notPublic().canonicalName()),
          schema.element());
    }
  }
}
