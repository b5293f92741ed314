package io.jsetl.processor.validation.schema;

import io.jsetl.processor.model.schema.ColumnType;
import io.jsetl.processor.model.schema.ScalarKind;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;

/** Parses {@code @Range(from, to)} bounds the way the runtime will: ISO-8601 per column type. */
final class TemporalBounds {
  private TemporalBounds() {}

  /** Parses {@code text} as a value of the temporal column type; throws when it is not one. */
  static Comparable<?> parse(ColumnType.Scalar type, String text) throws DateTimeParseException {
    return switch (type.kind()) {
      case LOCAL_DATE -> LocalDate.parse(text);
      case LOCAL_DATE_TIME -> LocalDateTime.parse(text);
      case INSTANT -> Instant.parse(text);
      default -> throw new IllegalArgumentException("Not a temporal type: " + type.kind());
    };
  }

  /** A valid bound for the type, shown in messages. */
  static String example(ScalarKind kind) {
    return switch (kind) {
      case LOCAL_DATE_TIME -> "2000-01-01T00:00:00";
      case INSTANT -> "2000-01-01T00:00:00Z";
      default -> "2000-01-01";
    };
  }

  /** Whether {@code from} lies after {@code to}; both are parsed values of the same type. */
  @SuppressWarnings("unchecked")
  static boolean isAfter(Comparable<?> from, Comparable<?> to) {
    return ((Comparable<Object>) from).compareTo(to) > 0;
  }
}
