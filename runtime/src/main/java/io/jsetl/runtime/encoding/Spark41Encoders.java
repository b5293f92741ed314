package io.jsetl.runtime.encoding;

import io.jsetl.runtime.RuntimeErrors;
import io.jsetl.runtime.encoding.Encoding.ValueType;
import io.jsetl.runtime.encoding.ValueTypes.DecimalOf;
import io.jsetl.runtime.encoding.ValueTypes.EnumOf;
import io.jsetl.runtime.encoding.ValueTypes.FieldOf;
import io.jsetl.runtime.encoding.ValueTypes.ListOf;
import io.jsetl.runtime.encoding.ValueTypes.MapOf;
import io.jsetl.runtime.encoding.ValueTypes.RecordOf;
import io.jsetl.runtime.encoding.ValueTypes.Scalar;
import io.jsetl.runtime.encoding.ValueTypes.SetOf;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.DeserializerBuildHelper;
import org.apache.spark.sql.catalyst.SerializerBuildHelper;
import org.apache.spark.sql.catalyst.encoders.AgnosticEncoder;
import org.apache.spark.sql.catalyst.encoders.AgnosticEncoders;
import org.apache.spark.sql.catalyst.encoders.AgnosticEncoders.EncoderField;
import org.apache.spark.sql.catalyst.encoders.Codec;
import org.apache.spark.sql.catalyst.encoders.ExpressionEncoder;
import org.apache.spark.sql.catalyst.expressions.GenericRow;
import org.apache.spark.sql.types.Decimal;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.Metadata;
import org.jspecify.annotations.Nullable;
import scala.Function0;
import scala.Option;
import scala.jdk.javaapi.CollectionConverters;
import scala.reflect.ClassTag;
import scala.reflect.ClassTag$;

/**
 * The one class that uses Spark's internal encoder API (checked against Spark 4.1.1; the same API
 * exists in 4.0 and 4.2). It turns a {@link RecordOf} description into an {@link
 * ExpressionEncoder}. A Spark line whose API differs (3.5) replaces this class and nothing else.
 *
 * <p>Why three forms of one description: Spark's {@code ProductEncoder} builds a record through its
 * canonical constructor and finds columns by field name, but serializes by calling a method named
 * like the field ({@code SerializerBuildHelper}: {@code Invoke(input, field.name)}); it ignores
 * {@code EncoderField.readMethod}, so a renamed column ({@code @Column("e_mail") String email})
 * cannot be serialized. {@code JavaBeanEncoder} honours {@code readMethod} but deserializes through
 * setters, which records lack. So:
 *
 * <ul>
 *   <li>the <b>constructor</b> form (ProductEncoder) gives the deserializer, and the <b>bean</b>
 *       form (JavaBeanEncoder) gives the serializer; both compile to the code Spark generates for
 *       its own product encoders: direct accessor and constructor calls, no reflection per row;
 *   <li>the <b>portable</b> form is the encoder description the ExpressionEncoder hands to Spark,
 *       which rebuilds encoders from it for tuples ({@code Encoders.tuple}, {@code joinWith},
 *       {@code reduceGroups}). It is the constructor form, except that a record that renames a
 *       column goes through a {@link Row} by position (correct, but slower: only tuple encoders
 *       built by Spark use it).
 * </ul>
 *
 * <p>Values Spark's leaf encoders do not handle as jsetl needs are wrapped in a {@code
 * TransformingEncoder} with a small {@link Codec}: non-nullable object columns (Spark would trust
 * them blindly), decimals (fixed precision and scale, overflow names the column), enums (unknown
 * names name the column and the enum). A codec call is one monomorphic call in generated code.
 */
@SuppressWarnings({"unchecked", "rawtypes"})
final class Spark41Encoders {
  private Spark41Encoders() {}

  static <T> Encoder<T> encoder(RecordOf record) {
    AgnosticEncoder<T> reading = new Forms(Form.CONSTRUCTOR, record.type()).record(record, "");
    AgnosticEncoder<T> writing = new Forms(Form.BEAN, record.type()).record(record, "");
    AgnosticEncoder<T> portable = new Forms(Form.PORTABLE, record.type()).record(record, "");
    return new ExpressionEncoder<>(
        portable,
        SerializerBuildHelper.createSerializer(writing),
        DeserializerBuildHelper.createDeserializer(reading));
  }

  private enum Form {
    CONSTRUCTOR,
    BEAN,
    PORTABLE
  }

  /** Builds one form of a description; paths from the root name columns in error messages. */
  private record Forms(Form form, Class<?> root) {

    AgnosticEncoder record(RecordOf record, String path) {
      String prefix = path.isEmpty() ? "" : path + ".";
      boolean asRow = form == Form.PORTABLE && record.renamesAColumn();
      List<EncoderField> fields = new ArrayList<>();
      for (FieldOf field : record.fields()) {
        ValueType type = asRow ? rowValue(field.type()) : field.type();
        fields.add(field(field, type, prefix + field.column()));
      }
      if (asRow) {
        RecordRowCodec codec = RecordRowCodec.of(record, this::where, prefix);
        return transforming(
            record.type(), new AgnosticEncoders.RowEncoder(seq(fields)), codec, true);
      } else if (form == Form.BEAN) {
        return new AgnosticEncoders.JavaBeanEncoder(tag(record.type()), seq(fields));
      } else {
        return new AgnosticEncoders.ProductEncoder(tag(record.type()), seq(fields), Option.empty());
      }
    }

    private EncoderField field(FieldOf field, ValueType type, String path) {
      AgnosticEncoder encoder = value(type, path);
      if (!field.nullable() && !ValueTypes.isPrimitive(type)) {
        encoder = nonNull(encoder, type, path);
      }
      return new EncoderField(
          field.column(),
          encoder,
          field.nullable(),
          Metadata.empty(),
          Option.apply(field.accessor()),
          Option.empty());
    }

    /**
     * Spark trusts a non-nullable product field blindly: a null would crash inside generated code
     * without a column name, and a null read from a file would reach the record silently. The
     * wrapper fails on write with the column's path, and (being non-nullable) makes Spark assert
     * non-null on read. A non-nullable box is stored through its primitive so that the column's
     * type is non-nullable too.
     */
    private AgnosticEncoder nonNull(AgnosticEncoder encoder, ValueType type, String path) {
      AgnosticEncoder stored =
          encoder instanceof AgnosticEncoders.BoxedLeafEncoder boxed ? boxed.primitive() : encoder;
      return transforming(
          ValueTypes.javaType(type), stored, new NonNullCodec(where(path)), false);
    }

    private AgnosticEncoder value(ValueType type, String path) {
      if (type instanceof Scalar scalar) {
        return leaf(scalar);
      } else if (type instanceof DecimalOf d) {
        return transforming(
            BigDecimal.class,
            new AgnosticEncoders.SparkDecimalEncoder(new DecimalType(d.precision(), d.scale())),
            new DecimalCodec(d.precision(), d.scale(), where(path)),
            true);
      } else if (type instanceof EnumOf e) {
        return transforming(
            e.type(),
            AgnosticEncoders.StringEncoder$.MODULE$,
            new EnumCodec(e.type(), where(path)),
            true);
      } else if (type instanceof ListOf l) {
        return collection(
            List.class,
            new AgnosticEncoders.IterableEncoder(
                tag(List.class),
                value(l.element(), path + "[]"),
                l.elementNullable(),
                false),
            new NoNullInside(where(path), false, l.elementNullable()));
      } else if (type instanceof SetOf s) {
        return collection(
            Set.class,
            new AgnosticEncoders.IterableEncoder(
                tag(Set.class),
                value(s.element(), path + "[]"),
                s.elementNullable(),
                false),
            new NoNullInside(where(path), false, s.elementNullable()));
      } else if (type instanceof MapOf m) {
        return collection(
            Map.class,
            new AgnosticEncoders.MapEncoder(
                tag(Map.class),
                value(m.key(), path + "{key}"),
                value(m.value(), path + "{value}"),
                m.valueNullable()),
            new NoNullInside(where(path), true, m.valueNullable()));
      } else {
        return record((RecordOf) type, path);
      }
    }

    /**
     * Every collection goes through {@link NoNullInside}. Spark does check non-nullable elements,
     * but on write its error names no column. The wrapper also helps a set inside a collection:
     * Spark checks each element's class before encoding it, and its check for array values accepts
     * lists but not {@code java.util.Set}; behind a codec it checks for the codec's class instead.
     */
    private static AgnosticEncoder collection(
        Class<?> type, AgnosticEncoder encoder, NoNullInside check) {
      return transforming(type, encoder, check, true);
    }

    private String where(String path) {
      return RuntimeErrors.column(root, path);
    }
  }

  /** In a {@link Row}, Spark accepts lists but not sets for array columns. */
  private static ValueType rowValue(ValueType type) {
    return type instanceof SetOf s ? new ListOf(s.element(), s.elementNullable()) : type;
  }

  private static AgnosticEncoder leaf(Scalar scalar) {
    switch (scalar) {
      case BOOLEAN:
        return AgnosticEncoders.PrimitiveBooleanEncoder$.MODULE$;
      case BYTE:
        return AgnosticEncoders.PrimitiveByteEncoder$.MODULE$;
      case SHORT:
        return AgnosticEncoders.PrimitiveShortEncoder$.MODULE$;
      case INT:
        return AgnosticEncoders.PrimitiveIntEncoder$.MODULE$;
      case LONG:
        return AgnosticEncoders.PrimitiveLongEncoder$.MODULE$;
      case FLOAT:
        return AgnosticEncoders.PrimitiveFloatEncoder$.MODULE$;
      case DOUBLE:
        return AgnosticEncoders.PrimitiveDoubleEncoder$.MODULE$;
      case BOXED_BOOLEAN:
        return AgnosticEncoders.BoxedBooleanEncoder$.MODULE$;
      case BOXED_BYTE:
        return AgnosticEncoders.BoxedByteEncoder$.MODULE$;
      case BOXED_SHORT:
        return AgnosticEncoders.BoxedShortEncoder$.MODULE$;
      case BOXED_INT:
        return AgnosticEncoders.BoxedIntEncoder$.MODULE$;
      case BOXED_LONG:
        return AgnosticEncoders.BoxedLongEncoder$.MODULE$;
      case BOXED_FLOAT:
        return AgnosticEncoders.BoxedFloatEncoder$.MODULE$;
      case BOXED_DOUBLE:
        return AgnosticEncoders.BoxedDoubleEncoder$.MODULE$;
      case STRING:
        return AgnosticEncoders.StringEncoder$.MODULE$;
      case BINARY:
        return AgnosticEncoders.BinaryEncoder$.MODULE$;
      case LOCAL_DATE:
        return AgnosticEncoders.STRICT_LOCAL_DATE_ENCODER();
      case INSTANT:
        return AgnosticEncoders.STRICT_INSTANT_ENCODER();
      case LOCAL_DATE_TIME:
        return AgnosticEncoders.LocalDateTimeEncoder$.MODULE$;
      default:
        throw new AssertionError(scalar);
    }
  }

  private static AgnosticEncoder transforming(
      Class<?> type, AgnosticEncoder stored, Codec<?, ?> codec, boolean nullable) {
    return new AgnosticEncoders.TransformingEncoder(
        tag(type), stored, new Provider(codec), nullable);
  }

  private static ClassTag tag(Class<?> type) {
    return ClassTag$.MODULE$.apply(type);
  }

  private static <E> scala.collection.immutable.Seq<E> seq(List<E> list) {
    return CollectionConverters.asScala(list).toSeq();
  }

  /**
   * Hands Spark the same codec every time. A record, so that encoders built twice from one
   * description are equal, as Spark's plan comparisons expect.
   */
  private record Provider(Codec<?, ?> codec) implements Function0<Codec<?, ?>>, Serializable {
    @Override
    public Codec<?, ?> apply() {
      return codec;
    }
  }

  /** A codec that only checks values on their way in: decoding passes them through unchanged. */
  private interface CheckOnEncode extends Codec<Object, Object> {
    @Override
    default Object decode(Object value) {
      return value;
    }
  }

  /** Passes values through; fails on a null with the column's path. */
  private record NonNullCodec(String where) implements CheckOnEncode {
    @Override
    public Object encode(Object value) {
      if (value == null) {
        throw RuntimeErrors.nullInNonNullColumn(where);
      }
      return value;
    }
  }

  /**
   * Passes a collection through; fails, naming the column, on a null element or map value where
   * the description allows none, and on a null map key, which Spark never allows.
   */
  private record NoNullInside(String where, boolean isMap, boolean nullsAllowed)
      implements CheckOnEncode {
    @Override
    public Object encode(Object value) {
      if (isMap) {
        for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
          if (entry.getKey() == null) {
            throw RuntimeErrors.nullMapKey(where);
          } else if (entry.getValue() == null && !nullsAllowed) {
            throw RuntimeErrors.nullMapValue(where);
          }
        }
      } else if (!nullsAllowed) {
        // A loop, not contains(null): immutable collections throw on contains(null).
        for (Object element : (Collection<?>) value) {
          if (element == null) {
            throw RuntimeErrors.nullElement(where);
          }
        }
      }
      return value;
    }
  }

  /**
   * {@link BigDecimal} to Spark's {@link Decimal} at a fixed precision and scale: rounds half-up
   * like Spark, but fails on overflow with the column's path whatever {@code
   * spark.sql.ansi.enabled} says (Spark's own encoder stores null when ANSI mode is off). It also
   * keeps the column's nullability independent of that setting, which Spark's does not.
   */
  private record DecimalCodec(int precision, int scale, String where)
      implements Codec<BigDecimal, Decimal> {
    @Override
    public Decimal encode(BigDecimal value) {
      // Spark refuses negative scales (1E+3); the same number at scale 0 is accepted.
      Decimal decimal = Decimal.apply(value.scale() < 0 ? value.setScale(0) : value);
      if (!decimal.changePrecision(precision, scale)) {
        throw RuntimeErrors.decimalOverflow(where, value, precision, scale);
      }
      return decimal;
    }

    @Override
    public BigDecimal decode(Decimal value) {
      return value.toJavaBigDecimal();
    }
  }

  /** An enum as its constant's name; an unknown name fails with the column and the enum. */
  private record EnumCodec(Class<? extends Enum<?>> type, String where)
      implements Codec<Enum<?>, String> {
    @Override
    public String encode(Enum<?> value) {
      return value.name();
    }

    @Override
    public Enum<?> decode(String name) {
      try {
        return Enum.valueOf((Class) type, name);
      } catch (IllegalArgumentException e) {
        throw RuntimeErrors.unknownEnumConstant(where, type, name);
      }
    }
  }

  /**
   * A record that renames a column, moved in and out of a {@link Row} by position, for the portable
   * form. Sets travel as lists (see {@link #rowValue}). Spark does not check nulls of Row fields
   * on read, so this codec checks them both ways.
   */
  private static final class RecordRowCodec implements Codec<Object, Row> {
    private final Class<?> type;
    private final boolean[] sets;
    private final @Nullable String[] nonNullColumns;
    private transient volatile @Nullable RecordAccess access;

    private RecordRowCodec(Class<?> type, boolean[] sets, @Nullable String[] nonNullColumns) {
      this.type = type;
      this.sets = sets;
      this.nonNullColumns = nonNullColumns;
    }

    static RecordRowCodec of(
        RecordOf record, java.util.function.Function<String, String> where, String prefix) {
      List<FieldOf> fields = record.fields();
      boolean[] sets = new boolean[fields.size()];
      @Nullable String[] nonNull = new String[fields.size()];
      for (int i = 0; i < sets.length; i++) {
        FieldOf field = fields.get(i);
        sets[i] = field.type() instanceof SetOf;
        nonNull[i] = field.nullable() ? null : where.apply(prefix + field.column());
      }
      return new RecordRowCodec(record.type(), sets, nonNull);
    }

    @Override
    public Row encode(Object record) {
      Object[] values = access().components(record);
      for (int i = 0; i < values.length; i++) {
        checkNull(values[i], i);
        if (sets[i] && values[i] != null) {
          values[i] = new ArrayList<>((Collection<?>) values[i]);
        }
      }
      return new GenericRow(values);
    }

    @Override
    public Object decode(Row row) {
      Object[] values = new Object[sets.length];
      for (int i = 0; i < values.length; i++) {
        Object value = row.get(i);
        checkNull(value, i);
        values[i] = sets[i] && value != null ? new HashSet<>((Collection<?>) value) : value;
      }
      return access().construct(values);
    }

    private void checkNull(@Nullable Object value, int index) {
      String column = nonNullColumns[index];
      if (value == null && column != null) {
        throw RuntimeErrors.nullInNonNullColumn(column);
      }
    }

    /** Method handles do not serialize: executors look them up again on first use. */
    private RecordAccess access() {
      RecordAccess a = access;
      if (a == null) {
        a = RecordAccess.of(type);
        access = a;
      }
      return a;
    }

    @Override
    public boolean equals(@Nullable Object o) {
      return o instanceof RecordRowCodec other
          && type.equals(other.type)
          && Arrays.equals(sets, other.sets)
          && Arrays.equals(nonNullColumns, other.nonNullColumns);
    }

    @Override
    public int hashCode() {
      return Objects.hash(type, Arrays.hashCode(nonNullColumns));
    }
  }
}
