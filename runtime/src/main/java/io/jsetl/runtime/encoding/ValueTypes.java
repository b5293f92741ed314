package io.jsetl.runtime.encoding;

import io.jsetl.runtime.encoding.Encoding.Field;
import io.jsetl.runtime.encoding.Encoding.ValueType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The description that {@link Encoding}'s factories build: what each column holds, with no Spark
 * type in it. Only the Spark-line adapter ({@link Spark41Encoders}) turns it into Spark encoders,
 * so a second Spark line needs a second adapter and nothing else.
 */
final class ValueTypes {
  private ValueTypes() {}

  /**
   * A value with no parameters: primitives, their boxes, strings, bytes, dates and times. The boxes
   * are declared in the same order as the primitives; {@link #boxed()} relies on it.
   */
  enum Scalar implements ValueType {
    BOOLEAN(boolean.class),
    BYTE(byte.class),
    SHORT(short.class),
    INT(int.class),
    LONG(long.class),
    FLOAT(float.class),
    DOUBLE(double.class),
    BOXED_BOOLEAN(Boolean.class),
    BOXED_BYTE(Byte.class),
    BOXED_SHORT(Short.class),
    BOXED_INT(Integer.class),
    BOXED_LONG(Long.class),
    BOXED_FLOAT(Float.class),
    BOXED_DOUBLE(Double.class),
    STRING(String.class),
    BINARY(byte[].class),
    LOCAL_DATE(LocalDate.class),
    INSTANT(Instant.class),
    LOCAL_DATE_TIME(LocalDateTime.class);

    final Class<?> javaType;

    Scalar(Class<?> javaType) {
      this.javaType = javaType;
    }

    boolean isPrimitive() {
      return javaType.isPrimitive();
    }

    /** The box of a primitive ({@code INT} → {@code BOXED_INT}); any other value itself. */
    Scalar boxed() {
      return isPrimitive() ? values()[ordinal() + BOXED_BOOLEAN.ordinal()] : this;
    }
  }

  /** A {@link BigDecimal} stored as Spark {@code decimal(precision, scale)}. */
  record DecimalOf(int precision, int scale) implements ValueType {}

  /** An enum stored as the name of its constant. */
  record EnumOf(Class<? extends Enum<?>> type) implements ValueType {}

  /** A {@link List}, stored as an array. */
  record ListOf(ValueType element, boolean elementNullable) implements ValueType {}

  /** A {@link Set}, stored as an array; Spark keeps no set semantics, so order is not kept. */
  record SetOf(ValueType element, boolean elementNullable) implements ValueType {}

  /** A {@link Map}; keys are never null in Spark. */
  record MapOf(ValueType key, ValueType value, boolean valueNullable) implements ValueType {}

  /** A record stored as a struct, one field per component, in component order. */
  record RecordOf(Class<?> type, List<FieldOf> fields) implements ValueType {
    RecordOf {
      fields = List.copyOf(fields);
    }

    boolean renamesAColumn() {
      return fields.stream().anyMatch(f -> !f.column().equals(f.accessor()));
    }
  }

  /** One record component: its column, its accessor, what it holds, and whether it may be null. */
  record FieldOf(String column, String accessor, ValueType type, boolean nullable)
      implements Field {}

  /** The Java type of a value, as a record component declares it (raw, without type arguments). */
  static Class<?> javaType(ValueType type) {
    if (type instanceof Scalar s) {
      return s.javaType;
    } else if (type instanceof DecimalOf) {
      return BigDecimal.class;
    } else if (type instanceof EnumOf e) {
      return e.type();
    } else if (type instanceof ListOf) {
      return List.class;
    } else if (type instanceof SetOf) {
      return Set.class;
    } else if (type instanceof MapOf) {
      return Map.class;
    } else {
      return ((RecordOf) type).type();
    }
  }

  /** Whether the value is a Java primitive, which can never be null. */
  static boolean isPrimitive(ValueType type) {
    return type instanceof Scalar s && s.isPrimitive();
  }
}
