package io.jsetl.processor.validation.schema;

import io.jsetl.processor.model.schema.CheckModel;
import io.jsetl.processor.model.schema.ColumnModel;
import io.jsetl.processor.model.schema.SchemaModel;
import io.jsetl.processor.util.AnnotationValues;
import io.jsetl.processor.validation.Code;
import io.jsetl.processor.validation.Messages;
import io.jsetl.processor.validation.Report;

/**
 * {@code @Length}, and Jakarta's {@code @Size} and {@code @NotEmpty} (read as lengths): on a String
 * or a collection, bounds not negative, min not above max.
 */
final class LengthValidator implements SchemaValidator {
  @Override
  public void validate(SchemaModel schema, Report report) {
    ColumnChecks.forEach(
        schema,
        CheckModel.Length.class,
        (column, length) -> validate(schema, column, length, report));
  }

  private static void validate(
      SchemaModel schema, ColumnModel column, CheckModel.Length length, Report report) {
    String record = schema.qualifiedName();
    String annotation = AnnotationValues.simpleName(length.annotation());
    if (!column.type().isText() && !column.type().isCollection()) {
      WrongType.report(
          report,
          schema,
          column,
          length.annotation(),
          "Strings (their length) and to List, Set and Map (their size)");
    } else if (length.min() < 0 || length.max() < 0) {
      String member = length.min() < 0 ? "min" : "max";
      Anchors.onValue(
          report,
          Code.InvalidCheck,
          Messages.lengthNegative(
              annotation,
              record,
              column.name(),
              member,
              member.equals("min") ? length.min() : length.max()),
          column,
          length.annotation(),
          member);
    } else if (length.min() > length.max()) {
      Anchors.onValue(
          report,
          Code.InvalidCheck,
          Messages.boundsReversed(
              annotation,
              record,
              column.name(),
              "min",
              Integer.toString(length.min()),
              "max",
              Integer.toString(length.max())),
          column,
          length.annotation(),
          "min");
    }
  }
}
