package io.jsetl.processor.validation.schema;

import io.jsetl.processor.model.schema.SchemaModel;
import io.jsetl.processor.validation.Report;

/** One family of rules about a {@code @Schema} record; adds every problem it finds. */
public interface SchemaValidator {
  void validate(SchemaModel schema, Report report);
}
