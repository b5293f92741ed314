package io.jsetl.processor.validation.schema;

import io.jsetl.processor.model.schema.CheckModel;
import io.jsetl.processor.model.schema.ColumnModel;
import io.jsetl.processor.model.schema.SchemaModel;
import io.jsetl.processor.util.AnnotationValues;
import io.jsetl.processor.validation.Code;
import io.jsetl.processor.validation.Messages;
import io.jsetl.processor.validation.Report;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.jspecify.annotations.Nullable;

/**
 * {@code @NotBlank}, {@code @Pattern} (jsetl's and Jakarta's) and Jakarta's {@code @Email}: on
 * Strings only; an expression must compile with Java's regex syntax, which is what Spark's {@code
 * rlike} uses, in the form the rule gets (a Jakarta expression anchored, with its flags).
 */
final class TextCheckValidator implements SchemaValidator {
  @Override
  public void validate(SchemaModel schema, Report report) {
    // Every kind in one walk, so that problems keep the order of the annotations.
    ColumnChecks.forEach(
        schema,
        CheckModel.class,
        (column, check) -> {
          boolean textCheck =
              check instanceof CheckModel.NotBlank
                  || check instanceof CheckModel.Pattern
                  || check instanceof CheckModel.Email;
          if (textCheck && !column.type().isText()) {
            WrongType.report(report, schema, column, check.annotation(), "Strings");
          } else if (check instanceof CheckModel.Pattern pattern) {
            validateRegex(schema, column, pattern, report);
          } else if (check instanceof CheckModel.Email email) {
            email.alsoMatches().ifPresent(p -> validateRegex(schema, column, p, report));
          }
        });
  }

  /**
   * The expression as written (with its flags), whose errors point into what the user wrote; then
   * the form the rule gets, which fails on its own only in corner cases (an unclosed {@code \Q}).
   */
  private static void validateRegex(
      SchemaModel schema, ColumnModel column, CheckModel.Pattern pattern, Report report) {
    String error = compileError(pattern.regex(), pattern.flagBits(), true);
    if (error == null) {
      error = compileError(pattern.ruleRegex(), 0, false);
    }
    if (error != null) {
      Anchors.onValue(
          report,
          Code.InvalidCheck,
          Messages.patternInvalid(
              AnnotationValues.simpleName(pattern.annotation()),
              schema.qualifiedName(),
              column.name(),
              error),
          column,
          pattern.annotation(),
          pattern.member());
    }
  }

  private static @Nullable String compileError(String regex, int flags, boolean withIndex) {
    try {
      Pattern.compile(regex, flags);
      return null;
    } catch (PatternSyntaxException e) {
      boolean where = withIndex && e.getIndex() >= 0;
      return e.getDescription() + (where ? " near index " + e.getIndex() : "");
    }
  }
}
