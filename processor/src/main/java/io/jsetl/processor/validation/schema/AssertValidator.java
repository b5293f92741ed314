package io.jsetl.processor.validation.schema;

import io.jsetl.processor.model.schema.CheckModel;
import io.jsetl.processor.model.schema.ColumnType;
import io.jsetl.processor.model.schema.ScalarKind;
import io.jsetl.processor.model.schema.SchemaModel;
import io.jsetl.processor.validation.Report;

/** Jakarta's {@code @AssertTrue} and {@code @AssertFalse}: on booleans only. */
final class AssertValidator implements SchemaValidator {
  @Override
  public void validate(SchemaModel schema, Report report) {
    ColumnChecks.forEach(
        schema,
        CheckModel.Assert.class,
        (column, check) -> {
          boolean isBoolean =
              column.type() instanceof ColumnType.Scalar s
                  && s.kind().family() == ScalarKind.Family.BOOLEAN;
          if (!isBoolean) {
            WrongType.report(report, schema, column, check.annotation(), "booleans");
          }
        });
  }
}
