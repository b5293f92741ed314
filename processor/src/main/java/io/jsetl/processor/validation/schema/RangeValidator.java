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
    ColumnChecks.forEach(
        schema, CheckModel.Range.class, (column, range) -> validate(schema, column, range, report));
  }

  private static void validate(
      SchemaModel schema, ColumnModel column, CheckModel.Range range, Report report) {
    String record = schema.qualifiedName();
    ColumnType type = column.type();
    if (!type.isNumber() && !type.isTemporal()) {
      WrongType.report(
          report,
          schema,
          column,
          range.annotation(),
          "numbers (with min and max) and to LocalDate, LocalDateTime and Instant (with from and "
              + "to)");
    } else if (type.isNumber() && range.hasTemporalBounds()) {
      Anchors.onValue(
          report,
          Code.InvalidCheck,
          Messages.rangeDateBoundsOnNumber(record, column.name(), column.javaType()),
          column,
          range.annotation(),
          range.from().isEmpty() ? "to" : "from");
    } else if (type.isTemporal() && range.hasNumberBounds()) {
      Anchors.onValue(
          report,
          Code.InvalidCheck,
          Messages.rangeNumberBoundsOnDate(
              record,
              column.name(),
              column.javaType(),
              TemporalBounds.example(((ColumnType.Scalar) type).kind())),
          column,
          range.annotation(),
          range.min() != Double.NEGATIVE_INFINITY ? "min" : "max");
    } else if (!range.hasNumberBounds() && !range.hasTemporalBounds()) {
      Anchors.onAnnotation(
          report,
          Code.InvalidCheck,
          Messages.rangeWithoutBounds(record, column.name()),
          column,
          range.annotation());
    } else if (type.isNumber()) {
      validateNumbers(record, column, range, report);
    } else {
      validateTemporal(record, column, (ColumnType.Scalar) type, range, report);
    }
  }

  /** Number bounds on a number column: neither is NaN, min is not above max. */
  private static void validateNumbers(
      String record, ColumnModel column, CheckModel.Range range, Report report) {
    if (Double.isNaN(range.min()) || Double.isNaN(range.max())) {
      String member = Double.isNaN(range.min()) ? "min" : "max";
      Anchors.onValue(
          report,
          Code.InvalidCheck,
          Messages.rangeNotANumber(record, column.name(), member),
          column,
          range.annotation(),
          member);
    } else if (range.min() > range.max()) {
      reportReversed(
          record, column, range, "min", number(range.min()), "max", number(range.max()), report);
    }
  }

  /** Date bounds on a date or time column: both parse as its type, from is not after to. */
  private static void validateTemporal(
      String record,
      ColumnModel column,
      ColumnType.Scalar type,
      CheckModel.Range range,
      Report report) {
    Comparable<?> from = parse(record, column, type, range, "from", range.from(), report);
    Comparable<?> to = parse(record, column, type, range, "to", range.to(), report);
    if (from != null && to != null && TemporalBounds.isAfter(from, to)) {
      reportReversed(
          record,
          column,
          range,
          "from",
          '"' + range.from() + '"',
          "to",
          '"' + range.to() + '"',
          report);
    }
  }

  /** The lower bound {@code low} above the upper one: reported on the lower bound's value. */
  private static void reportReversed(
      String record,
      ColumnModel column,
      CheckModel.Range range,
      String low,
      String lowValue,
      String high,
      String highValue,
      Report report) {
    Anchors.onValue(
        report,
        Code.InvalidCheck,
        Messages.boundsReversed("Range", record, column.name(), low, lowValue, high, highValue),
        column,
        range.annotation(),
        low);
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
