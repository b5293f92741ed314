package io.jsetl.runtime.encoding;

import io.jsetl.runtime.RuntimeErrors;
import io.jsetl.runtime.encoding.ValueTypes.DecimalOf;
import io.jsetl.runtime.encoding.ValueTypes.EnumOf;
import io.jsetl.runtime.encoding.ValueTypes.FieldOf;
import io.jsetl.runtime.encoding.ValueTypes.ListOf;
import io.jsetl.runtime.encoding.ValueTypes.MapOf;
import io.jsetl.runtime.encoding.ValueTypes.RecordOf;
import io.jsetl.runtime.encoding.ValueTypes.Scalar;
import io.jsetl.runtime.encoding.ValueTypes.SetOf;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.apache.spark.sql.Encoder;

/**
 * Builds real typed Spark encoders for records from a small description that generated {@code
 * X_} classes write out. Generated code calls only this class, so it does not depend on Spark's
 * internal encoder API, which changes between Spark lines.
 *
 * <p>For {@code record Citizen(String name, int age, @Column("e_mail") @Nullable String email)}:
 *
 * <pre>{@code
 * Encoder<Citizen> ENCODER = Encoding.encoder(Citizen.class,
 *     Encoding.field("name", "name", Encoding.STRING, false),
 *     Encoding.field("age", "age", Encoding.INT, false),
 *     Encoding.field("e_mail", "email", Encoding.STRING, true));
 * }</pre>
 *
 * <p>The encoder is built once per record type (keep it in a {@code static final} field): building
 * checks the description against the record and prepares Spark's code-generated serializer.
 * Encoding a null into a non-nullable column, or decoding a null from one, fails with an error
 * that names the column.
 */
public final class Encoding {
  private Encoding() {}

  public static final ValueType BOOLEAN = Scalar.BOOLEAN;
  public static final ValueType BYTE = Scalar.BYTE;
  public static final ValueType SHORT = Scalar.SHORT;
  public static final ValueType INT = Scalar.INT;
  public static final ValueType LONG = Scalar.LONG;
  public static final ValueType FLOAT = Scalar.FLOAT;
  public static final ValueType DOUBLE = Scalar.DOUBLE;
  public static final ValueType BOXED_BOOLEAN = Scalar.BOXED_BOOLEAN;
  public static final ValueType BOXED_BYTE = Scalar.BOXED_BYTE;
  public static final ValueType BOXED_SHORT = Scalar.BOXED_SHORT;
  public static final ValueType BOXED_INT = Scalar.BOXED_INT;
  public static final ValueType BOXED_LONG = Scalar.BOXED_LONG;
  public static final ValueType BOXED_FLOAT = Scalar.BOXED_FLOAT;
  public static final ValueType BOXED_DOUBLE = Scalar.BOXED_DOUBLE;
  /** {@link String}, stored as Spark {@code string}. */
  public static final ValueType STRING = Scalar.STRING;
  /** {@code byte[]}, stored as Spark {@code binary}. */
  public static final ValueType BINARY = Scalar.BINARY;
  /** {@link java.time.LocalDate}, stored as Spark {@code date}. */
  public static final ValueType LOCAL_DATE = Scalar.LOCAL_DATE;
  /** {@link java.time.Instant}, stored as Spark {@code timestamp} (microseconds). */
  public static final ValueType INSTANT = Scalar.INSTANT;
  /** {@link java.time.LocalDateTime}, stored as Spark {@code timestamp_ntz} (microseconds). */
  public static final ValueType LOCAL_DATE_TIME = Scalar.LOCAL_DATE_TIME;

  /**
   * {@link java.math.BigDecimal}, stored as Spark {@code decimal(precision, scale)}. Values with
   * more fraction digits are rounded half-up to {@code scale}; values with too many integer digits
   * fail with an error naming the column.
   */
  public static ValueType decimal(int precision, int scale) {
    if (precision < 1 || precision > MAX_DECIMAL_PRECISION || scale < 0 || scale > precision) {
      throw RuntimeErrors.invalidDecimal(precision, scale);
    }
    return new DecimalOf(precision, scale);
  }

  /** An enum, stored as its constant's {@link Enum#name()} in a {@code string} column. */
  public static <E extends Enum<E>> ValueType enumOf(Class<E> type) {
    RecordCheck.requirePublic(Objects.requireNonNull(type, "enum type"));
    return new EnumOf(type);
  }

  /** A {@link java.util.List}, stored as {@code array<element>}. */
  public static ValueType list(ValueType element, boolean elementNullable) {
    return new ListOf(element(element), elementNullable);
  }

  /** A {@link java.util.Set}, stored as {@code array<element>}; the order is not kept. */
  public static ValueType set(ValueType element, boolean elementNullable) {
    return new SetOf(element(element), elementNullable);
  }

  /** A {@link java.util.Map}, stored as {@code map<key, value>}; keys are never null. */
  public static ValueType map(ValueType key, ValueType value, boolean valueNullable) {
    return new MapOf(
        element(key),
        element(value),
        valueNullable);
  }

  /** A nested record, stored as a {@code struct} column; fields in component order. */
  public static ValueType record(Class<?> type, Field... fields) {
    return RecordCheck.checked(describe(type, fields));
  }

  /**
   * One record component.
   *
   * @param column the Spark column name ({@code @Column} or the component name)
   * @param accessor the record's accessor method (the component name)
   * @param type what the component holds
   * @param nullable whether the column may hold null (primitives never do)
   */
  public static Field field(String column, String accessor, ValueType type, boolean nullable) {
    Objects.requireNonNull(column, "column");
    Objects.requireNonNull(accessor, "accessor");
    Objects.requireNonNull(type, "type of column " + column);
    if (column.isEmpty()) {
      throw RuntimeErrors.emptyColumnName(accessor);
    }
    return new FieldOf(column, accessor, type, nullable && !ValueTypes.isPrimitive(type));
  }

  /**
   * The Spark encoder of {@code recordType}: its fields in component order, as {@link #field}
   * describes them. Build it once per record type.
   *
   * @throws IllegalArgumentException if the description does not match the record
   */
  public static <T> Encoder<T> encoder(Class<T> recordType, Field... fields) {
    return Spark41Encoders.encoder(RecordCheck.checked(describe(recordType, fields)));
  }

  private static final int MAX_DECIMAL_PRECISION = 38;

  private static RecordOf describe(Class<?> type, Field[] fields) {
    Objects.requireNonNull(type, "record type");
    Objects.requireNonNull(fields, "fields");
    List<FieldOf> described =
        Arrays.stream(fields)
            .map(f -> (FieldOf) Objects.requireNonNull(f, "a field of " + type.getName()))
            .toList();
    return new RecordOf(type, described);
  }

  /** Collections hold objects: a primitive element type means its box ({@code INT} → Integer). */
  private static ValueType element(ValueType type) {
    Objects.requireNonNull(type, "element type");
    return type instanceof Scalar s ? s.boxed() : type;
  }

  /** What a column holds. Opaque: build it with the constants and factories of {@link Encoding}. */
  public sealed interface ValueType
      permits Scalar, DecimalOf, EnumOf, ListOf, SetOf, MapOf, RecordOf {}

  /** One record component. Opaque: build it with {@link Encoding#field}. */
  public sealed interface Field permits FieldOf {}
}
