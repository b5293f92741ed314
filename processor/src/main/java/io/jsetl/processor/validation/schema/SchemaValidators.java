package io.jsetl.processor.validation.schema;

import io.jsetl.processor.model.schema.SchemaModel;
import io.jsetl.processor.validation.Report;
import java.util.List;

/** Every schema rule, in the order its problems are reported; all of them always run. */
public final class SchemaValidators {
  private static final List<SchemaValidator> ALL =
      List.of(
          new RecordShapeValidator(),
          new ColumnTypeValidator(),
          new NullabilityValidator(),
          new ColumnNameValidator(),
          new DecimalValidator(),
          new RangeValidator(),
          new NumberBoundValidator(),
          new LengthValidator(),
          new TextCheckValidator(),
          new OneOfValidator(),
          new UniqueValidator(),
          new TimeRelativeValidator(),
          new AssertValidator(),
          new UncheckedConstraintValidator(),
          new CheckMethodValidator());

  private SchemaValidators() {}

  /** Validates the schema with every rule into {@code report}. */
  public static void validate(SchemaModel schema, Report report) {
    for (SchemaValidator validator : ALL) {
      validator.validate(schema, report);
    }
  }
}
