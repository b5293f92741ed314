package io.jsetl.runtime.encoding;

import io.jsetl.runtime.encoding.Encoding.ValueType;
import io.jsetl.runtime.encoding.ValueTypes.DecimalOf;
import io.jsetl.runtime.encoding.ValueTypes.EnumOf;
import io.jsetl.runtime.encoding.ValueTypes.FieldOf;
import io.jsetl.runtime.encoding.ValueTypes.ListOf;
import io.jsetl.runtime.encoding.ValueTypes.MapOf;
import io.jsetl.runtime.encoding.ValueTypes.RecordOf;
import io.jsetl.runtime.encoding.ValueTypes.Scalar;
import io.jsetl.runtime.encoding.ValueTypes.SetOf;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Random values for any encoding description, derived from the description itself, so every type
 * the encoder supports is generated, at every nesting. Values are ones Spark keeps exactly: times
 * at microsecond precision between 1900 and 2100, decimals at the column's scale.
 */
final class ValueArbitraries {
  private ValueArbitraries() {}

  private static final int MAX_COLLECTION_SIZE = 3;
  private static final double NULL_PROBABILITY = 0.2;
  private static final long MIN_MICROS = micros(LocalDateTime.of(1900, 1, 1, 0, 0));
  private static final long MAX_MICROS = micros(LocalDateTime.of(2100, 12, 31, 23, 59, 59));

  /** Records built through their canonical constructor from generated components. */
  static <T> Arbitrary<T> records(Class<T> type, Encoding.Field... fields) {
    return record((RecordOf) Encoding.record(type, fields)).map(type::cast);
  }

  private static Arbitrary<Object> record(RecordOf record) {
    RecordAccess access = RecordAccess.of(record.type());
    List<Arbitrary<Object>> components =
        record.fields().stream().map(f -> maybeNull(value(f.type()), f.nullable())).toList();
    return Combinators.combine(components).as(values -> access.construct(values.toArray()));
  }

  private static Arbitrary<Object> value(ValueType type) {
    if (type instanceof Scalar scalar) {
      return scalar(scalar);
    } else if (type instanceof DecimalOf d) {
      BigInteger limit = BigInteger.TEN.pow(d.precision()).subtract(BigInteger.ONE);
      return Arbitraries.bigIntegers()
          .between(limit.negate(), limit)
          .map(unscaled -> new BigDecimal(unscaled, d.scale()));
    } else if (type instanceof EnumOf e) {
      return Arbitraries.of(e.type().getEnumConstants()).map(c -> c);
    } else if (type instanceof ListOf l) {
      return maybeNull(value(l.element()), l.elementNullable())
          .list()
          .ofMaxSize(MAX_COLLECTION_SIZE)
          .map(list -> list);
    } else if (type instanceof SetOf s) {
      return maybeNull(value(s.element()), s.elementNullable())
          .set()
          .ofMaxSize(MAX_COLLECTION_SIZE)
          .map(set -> set);
    } else if (type instanceof MapOf m) {
      return Arbitraries.maps(value(m.key()), maybeNull(value(m.value()), m.valueNullable()))
          .ofMaxSize(MAX_COLLECTION_SIZE)
          .map(map -> map);
    } else {
      return record((RecordOf) type);
    }
  }

  private static Arbitrary<Object> scalar(Scalar scalar) {
    switch (scalar) {
      case BOOLEAN:
      case BOXED_BOOLEAN:
        return Arbitraries.of(true, false).map(b -> b);
      case BYTE:
      case BOXED_BYTE:
        return Arbitraries.bytes().map(b -> b);
      case SHORT:
      case BOXED_SHORT:
        return Arbitraries.shorts().map(s -> s);
      case INT:
      case BOXED_INT:
        return Arbitraries.integers().map(i -> i);
      case LONG:
      case BOXED_LONG:
        return Arbitraries.longs().map(l -> l);
      case FLOAT:
      case BOXED_FLOAT:
        return Arbitraries.floats().withStandardSpecialValues().map(f -> f);
      case DOUBLE:
      case BOXED_DOUBLE:
        return Arbitraries.doubles().withStandardSpecialValues().map(d -> d);
      case STRING:
        return Arbitraries.strings()
            .withCharRange(' ', '~')
            .withChars("äöüß€日本語\t\n")
            .ofMaxLength(12)
            .map(s -> s);
      case BINARY:
        return Arbitraries.bytes().array(byte[].class).ofMaxSize(8).map(b -> b);
      case LOCAL_DATE:
        return Arbitraries.longs()
            .between(
                LocalDate.of(1900, 1, 1).toEpochDay(), LocalDate.of(2100, 12, 31).toEpochDay())
            .map(LocalDate::ofEpochDay);
      case INSTANT:
        return microsSinceEpoch().map(ValueArbitraries::instant);
      case LOCAL_DATE_TIME:
        return microsSinceEpoch().map(m -> LocalDateTime.ofInstant(instant(m), ZoneOffset.UTC));
      default:
        throw new AssertionError(scalar);
    }
  }

  private static Arbitrary<Object> maybeNull(Arbitrary<Object> values, boolean nullable) {
    return nullable ? values.injectNull(NULL_PROBABILITY) : values;
  }

  private static Arbitrary<Long> microsSinceEpoch() {
    return Arbitraries.longs().between(MIN_MICROS, MAX_MICROS);
  }

  private static Instant instant(long micros) {
    return Instant.ofEpochSecond(
        Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1_000L);
  }

  private static long micros(LocalDateTime time) {
    return time.toEpochSecond(ZoneOffset.UTC) * 1_000_000L;
  }
}
