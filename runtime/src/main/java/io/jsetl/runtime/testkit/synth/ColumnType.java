package io.jsetl.runtime.testkit.synth;

import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** What one column (or collection element) holds, read from a record component's generic type. */
sealed interface ColumnType {

  /** A value with no parts; {@code primitive} when it can never be null. */
  record Scalar(Kind kind, boolean primitive) implements ColumnType {}

  record EnumOf(Class<?> type) implements ColumnType {}

  record ListOf(ColumnType element) implements ColumnType {}

  record SetOf(ColumnType element) implements ColumnType {}

  record MapOf(ColumnType key, ColumnType value) implements ColumnType {}

  /** A nested record; its own components are described by {@code model}. */
  record RecordOf(RecordModel model) implements ColumnType {}

  /** The scalar kinds jsetl encodes. */
  enum Kind {
    BOOLEAN,
    BYTE,
    SHORT,
    INT,
    LONG,
    FLOAT,
    DOUBLE,
    DECIMAL,
    STRING,
    BINARY,
    LOCAL_DATE,
    LOCAL_DATE_TIME,
    INSTANT;

    boolean integral() {
      return this == BYTE || this == SHORT || this == INT || this == LONG;
    }

    boolean floating() {
      return this == FLOAT || this == DOUBLE;
    }

    boolean temporal() {
      return this == LOCAL_DATE || this == LOCAL_DATE_TIME || this == INSTANT;
    }
  }

  /** A readable name for messages. */
  default String display() {
    if (this instanceof Scalar s) {
      return s.kind().name().toLowerCase(Locale.ROOT);
    } else if (this instanceof EnumOf e) {
      return e.type().getSimpleName();
    } else if (this instanceof ListOf l) {
      return "List<" + l.element().display() + ">";
    } else if (this instanceof SetOf s) {
      return "Set<" + s.element().display() + ">";
    } else if (this instanceof MapOf m) {
      return "Map<" + m.key().display() + ", " + m.value().display() + ">";
    }
    return ((RecordOf) this).model().type().getSimpleName();
  }

  /** Builds the models of nested record types: as columns, or as elements of a collection. */
  interface NestedModels {
    RecordModel model(Class<?> recordType);

    /** The builder for records inside a collection, whose columns no rule names. */
    NestedModels inCollection();
  }

  /**
   * The column type of {@code type}.
   *
   * @param nested builds the model of a nested record type
   * @param where the column, for errors
   */
  static ColumnType of(Type type, NestedModels nested, String where) {
    if (type instanceof WildcardType w && w.getUpperBounds().length == 1) {
      return of(w.getUpperBounds()[0], nested, where);
    }
    if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw) {
      Type[] args = p.getActualTypeArguments();
      NestedModels elements = nested.inCollection();
      if (raw == List.class && args.length == 1) {
        return new ListOf(of(args[0], elements, where));
      } else if (raw == Set.class && args.length == 1) {
        return new SetOf(of(args[0], elements, where));
      } else if (raw == Map.class && args.length == 2) {
        return new MapOf(of(args[0], elements, where), of(args[1], elements, where));
      }
      throw SynthErrors.unsupportedType(where, type);
    }
    if (type instanceof GenericArrayType || !(type instanceof Class<?> c)) {
      throw SynthErrors.unsupportedType(where, type);
    }
    Kind kind = scalarKind(c);
    if (kind != null) {
      return new Scalar(kind, c.isPrimitive());
    } else if (c.isEnum()) {
      return new EnumOf(c);
    } else if (c.isRecord()) {
      return new RecordOf(nested.model(c));
    }
    throw SynthErrors.unsupportedType(where, type);
  }

  private static @Nullable Kind scalarKind(Class<?> c) {
    if (c == boolean.class || c == Boolean.class) {
      return Kind.BOOLEAN;
    } else if (c == byte.class || c == Byte.class) {
      return Kind.BYTE;
    } else if (c == short.class || c == Short.class) {
      return Kind.SHORT;
    } else if (c == int.class || c == Integer.class) {
      return Kind.INT;
    } else if (c == long.class || c == Long.class) {
      return Kind.LONG;
    } else if (c == float.class || c == Float.class) {
      return Kind.FLOAT;
    } else if (c == double.class || c == Double.class) {
      return Kind.DOUBLE;
    } else if (c == BigDecimal.class) {
      return Kind.DECIMAL;
    } else if (c == String.class) {
      return Kind.STRING;
    } else if (c == byte[].class) {
      return Kind.BINARY;
    } else if (c == LocalDate.class) {
      return Kind.LOCAL_DATE;
    } else if (c == LocalDateTime.class) {
      return Kind.LOCAL_DATE_TIME;
    } else if (c == Instant.class) {
      return Kind.INSTANT;
    }
    return null;
  }
}
