package io.jsetl.runtime.encoding;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Every error of the encoding package, worded in one place: what is wrong, where (record, column),
 * and what to do. Factories return the exception; callers throw it.
 *
 * <p>Description errors mean the generated {@code X_} class (or a hand-written description) does
 * not match the record: they are found when the encoder is built. Data errors (nulls, enum names,
 * decimal overflow) are found row by row inside Spark jobs and name the column by its path from
 * the top record, e.g. {@code 'address.zip' of com.acme.Citizen} or {@code 'tags[]' of ...}.
 */
final class EncodingErrors {
  private EncodingErrors() {}

  private static final String REGENERATE =
      " Rebuild so the jsetl processor regenerates %s_, or fix the hand-written"
          + " Encoding.encoder(...) call.";

  /** Where a value sits: its column path from the top record, and the top record. */
  static String column(Class<?> root, String path) {
    return "'" + path + "' of " + root.getName();
  }

  // ---- description errors, found when the encoder is built ----

  static IllegalArgumentException invalidDecimal(int precision, int scale) {
    return new IllegalArgumentException(
        String.format(
            "decimal(%d,%d) is not a Spark decimal type: the precision must be 1 to 38 and the"
                + " scale 0 to the precision. Fix @Decimal(precision, scale) on the component.",
            precision, scale));
  }

  static IllegalArgumentException emptyColumnName(String accessor) {
    return new IllegalArgumentException(
        "component '" + accessor + "' has an empty column name. Give @Column a non-empty name.");
  }

  static IllegalArgumentException notARecord(Class<?> type) {
    return new IllegalArgumentException(
        type.getName()
            + " is not a record: jsetl encodes Java records only. Declare it as a record.");
  }

  static IllegalArgumentException notPublic(Class<?> type, Class<?> offending) {
    return new IllegalArgumentException(
        String.format(
            "%s cannot be encoded: %s is not public, and Spark's generated code calls its"
                + " constructor and accessors from another package. Make %s public.",
            type.getName(), offending.getName(), offending.getSimpleName()));
  }

  static IllegalArgumentException componentCount(
      Class<?> type, String declared, String described) {
    return new IllegalArgumentException(
        String.format(
            "the encoder description of %s lists the components [%s], but the record has [%s]."
                + REGENERATE,
            type.getName(), described, declared, type.getSimpleName()));
  }

  static IllegalArgumentException componentOrder(
      Class<?> type, int index, String declared, String described) {
    return new IllegalArgumentException(
        String.format(
            "component %d of %s is '%s', but the encoder description has '%s' there; fields must"
                + " follow the record's component order, since records are built through the"
                + " canonical constructor."
                + REGENERATE,
            index, type.getName(), declared, described, type.getSimpleName()));
  }

  static IllegalArgumentException duplicateColumn(Class<?> type, String column) {
    return new IllegalArgumentException(
        String.format(
            "%s has two columns named '%s' (Spark compares column names ignoring case). Rename"
                + " one of them with @Column.",
            type.getName(), column));
  }

  static IllegalArgumentException typeMismatch(
      Class<?> type, String accessor, String declared, String described) {
    return new IllegalArgumentException(
        String.format(
            "component '%s' of %s is declared as %s, but the encoder description says %s."
                + REGENERATE,
            accessor, type.getName(), declared, described, type.getSimpleName()));
  }

  // ---- data errors, found row by row ----

  static NullPointerException nullInNonNullColumn(String where) {
    return new NullPointerException(
        "null in non-nullable column "
            + where
            + ". The component is not @Nullable, so Spark stores the column as non-nullable."
            + " Give it a value, or mark the component @Nullable.");
  }

  static NullPointerException nullElement(String where) {
    return new NullPointerException(
        "null element in column "
            + where
            + ", whose elements are not nullable. Remove the null, or declare the element type"
            + " @Nullable (List<@Nullable T>).");
  }

  static NullPointerException nullMapValue(String where) {
    return new NullPointerException(
        "null value in map column "
            + where
            + ", whose values are not nullable. Remove the entry, or declare the value type"
            + " @Nullable (Map<K, @Nullable V>).");
  }

  static NullPointerException nullMapKey(String where) {
    return new NullPointerException(
        "null key in map column "
            + where
            + ": Spark maps cannot have null keys. Remove the entry.");
  }

  static IllegalArgumentException unknownEnumConstant(
      String where, Class<? extends Enum<?>> type, String value) {
    Enum<?>[] all = type.getEnumConstants();
    String constants =
        all == null ? "" : Arrays.stream(all).map(Enum::name).collect(Collectors.joining(", "));
    return new IllegalArgumentException(
        String.format(
            "column %s holds '%s', which is not a constant of enum %s (constants: %s). Fix the"
                + " data, or add the constant to the enum.",
            where, value, type.getName(), constants));
  }

  static ArithmeticException decimalOverflow(String where, Object value, int precision, int scale) {
    return new ArithmeticException(
        String.format(
            "column %s: %s does not fit decimal(%d,%d), which holds at most %d integer digits."
                + " Widen @Decimal(precision, scale) on the component, or fix the data.",
            where, value, precision, scale, precision - scale));
  }
}
