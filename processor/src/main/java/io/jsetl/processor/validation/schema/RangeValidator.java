package io.jsetl.processor.validation.schema;

import io.jsetl.processor.model.schema.CheckModel;
import io.jsetl.processor.model.schema.ColumnModel;
import io.jsetl.processor.model.schema.ColumnType;
import io.jsetl.processor.model.schema.SchemaModel;
import io.jsetl.processor.validation.Code;
import io.jsetl.processor.validation.Messages;
import io.jsetl.processor.validation.Report;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;

/**
 * {@code @Range}: numbers take min/max, dates and times take from/to (ISO-8601 of the column's own
 * type); at least one bound; the lower bound not above the upper one.
 */
final class RangeValidator implements SchemaValidator {
  @Override
  public void validate(SchemaModel schema, Report report) {
    for (ColumnModel column : schema.columns()) {
      if (!WrongType.isJudgeable(column.type())) {
        continue;
      }
      for (CheckModel check : column.checks()) {
        if (check instanceof CheckModel.Range range) {
          validate(schema, column, range, report);
        }
      }
    }
  }

  private static void validate(
      SchemaModel schema, ColumnModel column, CheckModel.Range range, Report report) {
    String record = schema.qualifiedName();
    ColumnType type = column.type();
    if (type.isNumber()) {
      validateNumbers(record, column, range, report);
    } else if (type.isTemporal()) {
      validateTemporal(record, column, (ColumnType.Scalar) type, range, report);
    } else {
      WrongType.report(
          report,
          schema,
          column,
          range.annotation(),
          "numbers (with min and max) and to LocalDate, LocalDateTime and Instant (with from and "
              + "to)");
    }
  }

  private static void validateNumbers(
      String record, ColumnModel column, CheckModel.Range range, Report report) {
    if (range.hasTemporalBounds()) {
      Anchors.onValue(
          report,
          Code.InvalidCheck,
          Messages.rangeDateBoundsOnNumber(record, column.name(), column.javaType()),
          column,
          range.annotation(),
          range.from().isEmpty() ? "to" : "from");
    } else if (!range.hasNumberBounds()) {
      Anchors.onAnnotation(
          report,
          Code.InvalidCheck,
          Messages.rangeWithoutBounds(record, column.name()),
          column,
          range.annotation());
    } else if (Double.isNaN(range.min()) || Double.isNaN(range.max())) {
      String member = Double.isNaN(range.min()) ? "min" : "max";
      Anchors.onValue(
          report,
          Code.InvalidCheck,
          Messages.rangeNotANumber(record, column.name(), member),
          column,
          range.annotation(),
          member);
    } else if (range.min() > range.max()) {
      Anchors.onValue(
          report,
          Code.InvalidCheck,
          Messages.boundsReversed(
              "Range",
              record,
              column.name(),
              "min",
              number(range.min()),
              "max",
              number(range.max())),
          column,
          range.annotation(),
          "min");
    }
  }

  private static void validateTemporal(
      String record,
      ColumnModel column,
      ColumnType.Scalar type,
      CheckModel.Range range,
      Report report) {
    String example = TemporalBounds.example(type.kind());
    if (range.hasNumberBounds()) {
      Anchors.onValue(
          report,
          Code.InvalidCheck,
          Messages.rangeNumberBoundsOnDate(record, column.name(), column.javaType(), example),
          column,
          range.annotation(),
          range.min() != Double.NEGATIVE_INFINITY ? "min" : "max");
      return;
    }
    if (!range.hasTemporalBounds()) {
      Anchors.onAnnotation(
          report,
          Code.InvalidCheck,
          Messages.rangeWithoutBounds(record, column.name()),
          column,
          range.annotation());
      return;
    }
    Comparable<?> from = parse(record, column, type, range, "from", range.from(), report);
    Comparable<?> to = parse(record, column, type, range, "to", range.to(), report);
    if (from != null && to != null && TemporalBounds.isAfter(from, to)) {
      Anchors.onValue(
          report,
          Code.InvalidCheck,
          Messages.boundsReversed(
              "Range",
              record,
              column.name(),
              "from",
              '"' + range.from() + '"',
              "to",
              '"' + range.to() + '"'),
          column,
          range.annotation(),
          "from");
    }
  }

  /** The parsed bound, or null when it is unset or (reported) unparsable. */
  private static @Nullable Comparable<?> parse(
      String record,
      ColumnModel column,
      ColumnType.Scalar type,
      CheckModel.Range range,
      String member,
      String text,
      Report report) {
    if (text.isEmpty()) {
      return null;
    }
    try {
      return TemporalBounds.parse(type, text);
    } catch (DateTimeParseException e) {
      Anchors.onValue(
          report,
          Code.InvalidCheck,
          Messages.rangeUnparsableDate(
              record,
              column.name(),
              member,
              text,
              column.javaType(),
              e.getMessage(),
              TemporalBounds.example(type.kind())),
          column,
          range.annotation(),
          member);
      return null;
    }
  }

  /** {@code 150} rather than {@code 150.0} for whole bounds, as users write them. */
  static String number(double d) {
    return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
  }
}
