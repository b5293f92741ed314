package io.jsetl.processor.validation.schema;

import io.jsetl.processor.model.schema.CheckModel;
import io.jsetl.processor.model.schema.SchemaModel;
import io.jsetl.processor.validation.Report;

/** Jakarta's {@code @Past}, {@code @PastOrPresent}, {@code @Future}, {@code @FutureOrPresent}. */
final class TimeRelativeValidator implements SchemaValidator {
  @Override
  public void validate(SchemaModel schema, Report report) {
    ColumnChecks.forEach(
        schema,
        CheckModel.TimeRelative.class,
        (column, check) -> {
          if (!column.type().isTemporal()) {
            WrongType.report(
                report,
                schema,
                column,
                check.annotation(),
                "LocalDate, LocalDateTime and Instant columns");
          }
        });
  }
}
