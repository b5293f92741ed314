package io.jsetl.runtime.encoding;

import org.apache.spark.sql.Encoder;

/**
 * Builds real typed Spark encoders for records from a small description that generated {@code X_}
 * classes write out. Generated code calls only this class, so it does not depend on Spark's internal
 * encoder API, which changes between Spark lines.
 */
public final class Encoding {
  private Encoding() {}

  // TODO(encoding helper): implement every member below.
  public static final ValueType BOOLEAN = null;
  public static final ValueType BYTE = null;
  public static final ValueType SHORT = null;
  public static final ValueType INT = null;
  public static final ValueType LONG = null;
  public static final ValueType FLOAT = null;
  public static final ValueType DOUBLE = null;
  public static final ValueType BOXED_BOOLEAN = null;
  public static final ValueType BOXED_BYTE = null;
  public static final ValueType BOXED_SHORT = null;
  public static final ValueType BOXED_INT = null;
  public static final ValueType BOXED_LONG = null;
  public static final ValueType BOXED_FLOAT = null;
  public static final ValueType BOXED_DOUBLE = null;
  public static final ValueType STRING = null;
  public static final ValueType BINARY = null;
  public static final ValueType LOCAL_DATE = null;
  public static final ValueType INSTANT = null;
  public static final ValueType LOCAL_DATE_TIME = null;

  public static ValueType decimal(int precision, int scale) {
    throw new UnsupportedOperationException();
  }

  public static <E extends Enum<E>> ValueType enumOf(Class<E> type) {
    throw new UnsupportedOperationException();
  }

  public static ValueType list(ValueType element, boolean elementNullable) {
    throw new UnsupportedOperationException();
  }

  public static ValueType set(ValueType element, boolean elementNullable) {
    throw new UnsupportedOperationException();
  }

  public static ValueType map(ValueType key, ValueType value, boolean valueNullable) {
    throw new UnsupportedOperationException();
  }

  public static ValueType record(Class<?> type, Field... fields) {
    throw new UnsupportedOperationException();
  }

  /**
   * One record component.
   *
   * @param column the Spark column name ({@code @Column} or the component name)
   * @param accessor the record's accessor method (the component name)
   */
  public static Field field(String column, String accessor, ValueType type, boolean nullable) {
    throw new UnsupportedOperationException();
  }

  public static <T> Encoder<T> encoder(Class<T> recordType, Field... fields) {
    throw new UnsupportedOperationException();
  }

  /** The description of one value type. */
  public interface ValueType {}

  /** The description of one record component. */
  public interface Field {}
}
