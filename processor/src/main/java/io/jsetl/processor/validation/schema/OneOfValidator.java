package io.jsetl.processor.validation.schema;

import io.jsetl.processor.model.schema.CheckModel;
import io.jsetl.processor.model.schema.ColumnModel;
import io.jsetl.processor.model.schema.ColumnType;
import io.jsetl.processor.model.schema.SchemaModel;
import io.jsetl.processor.validation.Code;
import io.jsetl.processor.validation.Messages;
import io.jsetl.processor.validation.Report;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * {@code @OneOf}: on Strings, enums and numbers; not empty; on an enum only its constants' names,
 * on a number column only numbers (whole numbers for integral columns).
 */
final class OneOfValidator implements SchemaValidator {
  @Override
  public void validate(SchemaModel schema, Report report) {
    ColumnChecks.forEach(
        schema, CheckModel.OneOf.class, (column, oneOf) -> validate(schema, column, oneOf, report));
  }

  private static void validate(
      SchemaModel schema, ColumnModel column, CheckModel.OneOf oneOf, Report report) {
    String record = schema.qualifiedName();
    ColumnType type = column.type();
    if (!type.isText() && !type.isNumber() && !(type instanceof ColumnType.EnumOf)) {
      WrongType.report(report, schema, column, oneOf.annotation(), "Strings, enums and numbers");
      return;
    }
    if (oneOf.values().isEmpty()) {
      Anchors.onAnnotation(
          report,
          Code.InvalidCheck,
          Messages.oneOfEmpty(record, column.name()),
          column,
          oneOf.annotation());
      return;
    }
    String message = null;
    if (type instanceof ColumnType.EnumOf e) {
      List<String> wrong = invalid(oneOf, v -> e.constants().contains(v));
      if (!wrong.isEmpty()) {
        message =
            Messages.oneOfNotConstants(
                record,
                column.name(),
                quoted(wrong),
                e.type().canonicalName(),
                String.join(", ", e.constants()));
      }
    } else if (type.isNumber()) {
      boolean whole = type.isIntegral();
      List<String> wrong = invalid(oneOf, v -> isNumber(v, whole));
      if (!wrong.isEmpty()) {
        message =
            Messages.oneOfNotNumbers(
                record,
                column.name(),
                quoted(wrong),
                column.javaType(),
                whole ? "a whole number" : "a number");
      }
    }
    if (message != null) {
      Anchors.onValue(report, Code.InvalidCheck, message, column, oneOf.annotation(), "value");
    }
  }

  private static List<String> invalid(CheckModel.OneOf oneOf, Predicate<String> valid) {
    return oneOf.values().stream().filter(valid.negate()).toList();
  }

  private static boolean isNumber(String text, boolean whole) {
    try {
      BigDecimal value = new BigDecimal(text.strip());
      return !whole || value.stripTrailingZeros().scale() <= 0;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static String quoted(List<String> values) {
    return values.stream().map(v -> '"' + v + '"').collect(Collectors.joining(", "));
  }
}
