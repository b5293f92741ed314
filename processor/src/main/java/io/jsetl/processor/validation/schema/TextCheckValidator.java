package io.jsetl.processor.validation.schema;

import io.jsetl.processor.model.schema.CheckModel;
import io.jsetl.processor.model.schema.ColumnModel;
import io.jsetl.processor.model.schema.SchemaModel;
import io.jsetl.processor.validation.Code;
import io.jsetl.processor.validation.Messages;
import io.jsetl.processor.validation.Report;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * {@code @NotBlank} and {@code @Pattern}: on Strings only; a pattern must compile with Java's regex
 * syntax, which is what Spark's {@code rlike} uses.
 */
final class TextCheckValidator implements SchemaValidator {
  @Override
  public void validate(SchemaModel schema, Report report) {
    // Both kinds in one walk, so that problems keep the order of the annotations.
    ColumnChecks.forEach(
        schema,
        CheckModel.class,
        (column, check) -> {
          boolean textCheck =
              check instanceof CheckModel.NotBlank || check instanceof CheckModel.Pattern;
          if (textCheck && !column.type().isText()) {
            WrongType.report(report, schema, column, check.annotation(), "Strings");
          } else if (check instanceof CheckModel.Pattern pattern) {
            validateRegex(schema, column, pattern, report);
          }
        });
  }

  private static void validateRegex(
      SchemaModel schema, ColumnModel column, CheckModel.Pattern pattern, Report report) {
    try {
      Pattern.compile(pattern.regex());
    } catch (PatternSyntaxException e) {
      String where = e.getIndex() >= 0 ? " near index " + e.getIndex() : "";
      Anchors.onValue(
          report,
          Code.InvalidCheck,
          Messages.patternInvalid(
              schema.qualifiedName(), column.name(), e.getDescription() + where),
          column,
          pattern.annotation(),
          "value");
    }
  }
}
