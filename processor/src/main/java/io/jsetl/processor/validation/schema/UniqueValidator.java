package io.jsetl.processor.validation.schema;

import io.jsetl.processor.model.schema.CheckModel;
import io.jsetl.processor.model.schema.ColumnType;
import io.jsetl.processor.model.schema.SchemaModel;
import io.jsetl.processor.validation.Report;

/** {@code @Unique}: not on a Map, which Spark cannot group or compare. */
final class UniqueValidator implements SchemaValidator {
  @Override
  public void validate(SchemaModel schema, Report report) {
    ColumnChecks.forEach(
        schema,
        CheckModel.Unique.class,
        (column, unique) -> {
          if (column.type() instanceof ColumnType.MapOf) {
            WrongType.report(
                report,
                schema,
                column,
                unique.annotation(),
                "every column type but Map (Spark cannot compare maps)");
          }
        });
  }
}
