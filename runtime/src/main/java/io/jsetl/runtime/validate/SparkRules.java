package io.jsetl.runtime.validate;

import static org.apache.spark.sql.functions.current_date;
import static org.apache.spark.sql.functions.current_timestamp;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.localtimestamp;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.size;

import io.jsetl.dsl.Rule;
import io.jsetl.runtime.RuntimeErrors;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.BinaryType;
import org.apache.spark.sql.types.BooleanType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DateType;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.DoubleType;
import org.apache.spark.sql.types.FloatType;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.NumericType;
import org.apache.spark.sql.types.StringType;
import org.apache.spark.sql.types.TimestampNTZType;
import org.apache.spark.sql.types.TimestampType;

/**
 * The Spark backend of the rules that check one value: for each, a boolean Column that is true
 * exactly when a row breaks the rule, and never null, with the semantics stated on {@link Rule} (the
 * Java backend, {@link Rule#accepts}, must agree with it value by value; a property test holds them
 * together). Every rule but {@link Rule.NotNull} passes a null value, and a rule of a nested
 * record's column applies only when the nested record is present.
 */
final class SparkRules {
  /** Java's {@code \s}: what {@code NotBlank} does not count as a character. */
  private static final String NON_WHITESPACE = "\\S";

  private SparkRules() {}

  /**
   * True when a row breaks {@code rule}, a rule that {@linkplain Rule#checksOneValue() checks one
   * value}, at {@code value}.
   *
   * @param where the validation point, for errors
   */
  static Column breaks(Rule rule, ColumnPath value, String where) {
    Column c = value.column();
    if (rule instanceof Rule.NotNull) {
      return value.enclosingPresent().and(c.isNull());
    }
    return c.isNotNull().and(not(holds(rule, value, where)));
  }

  /** Whether a non-null value satisfies the rule. */
  private static Column holds(Rule rule, ColumnPath value, String where) {
    Column c = value.column();
    DataType type = value.type();
    if (rule instanceof Rule.NumberRange r) {
      need(type instanceof NumericType, rule, value, where, "a number");
      return numberRange(c, r);
    } else if (rule instanceof Rule.TemporalRange r) {
      Column lower = r.from().isEmpty() ? lit(true) : c.geq(temporal(r.from(), rule, value, where));
      Column upper = r.to().isEmpty() ? lit(true) : c.leq(temporal(r.to(), rule, value, where));
      return lower.and(upper);
    } else if (rule instanceof Rule.TimeRelative r) {
      Column now = now(rule, value, where);
      return r.future()
          ? (r.orPresent() ? c.geq(now) : c.gt(now))
          : (r.orPresent() ? c.leq(now) : c.lt(now));
    } else if (rule instanceof Rule.Length r) {
      Column n = lengthOf(rule, value, where);
      return n.geq(r.min()).and(n.leq(r.max()));
    } else if (rule instanceof Rule.NotBlank) {
      need(type instanceof StringType, rule, value, where, "a string");
      return c.rlike(NON_WHITESPACE);
    } else if (rule instanceof Rule.Pattern r) {
      need(type instanceof StringType, rule, value, where, "a string");
      return c.rlike(r.regex());
    } else if (rule instanceof Rule.Email) {
      need(type instanceof StringType, rule, value, where, "a string");
      return c.rlike(Rule.Email.REGEX);
    } else if (rule instanceof Rule.OneOf r) {
      return oneOf(c, type, r.values(), rule, value, where);
    }
    throw new IllegalArgumentException("not a rule on one value: " + rule);
  }

  /**
   * Bounds compare as doubles, as the Java backend does; Spark orders NaN above every number, so NaN
   * passes a lower bound and breaks an upper one, and an infinite bound is not compared at all.
   */
  private static Column numberRange(Column c, Rule.NumberRange r) {
    Column holds = lit(true);
    if (!Double.isInfinite(r.min())) {
      holds = holds.and(r.minInclusive() ? c.geq(lit(r.min())) : c.gt(lit(r.min())));
    }
    if (!Double.isInfinite(r.max())) {
      holds = holds.and(r.maxInclusive() ? c.leq(lit(r.max())) : c.lt(lit(r.max())));
    }
    return holds;
  }

  private static Column temporal(String bound, Rule rule, ColumnPath value, String where) {
    DataType type = value.type();
    if (type instanceof DateType) {
      return lit(LocalDate.parse(bound));
    } else if (type instanceof TimestampNTZType) {
      return lit(LocalDateTime.parse(bound));
    } else if (type instanceof TimestampType) {
      return lit(Instant.parse(bound));
    }
    throw RuntimeErrors.ruleOnWrongType(where, rule.name(), value.path(), type, "a date or time");
  }

  private static Column now(Rule rule, ColumnPath value, String where) {
    DataType type = value.type();
    if (type instanceof DateType) {
      return current_date();
    } else if (type instanceof TimestampNTZType) {
      return localtimestamp();
    } else if (type instanceof TimestampType) {
      return current_timestamp();
    }
    throw RuntimeErrors.ruleOnWrongType(where, rule.name(), value.path(), type, "a date or time");
  }

  /** Code points of a string (Spark counts characters so), bytes of a binary, size of a collection. */
  private static Column lengthOf(Rule rule, ColumnPath value, String where) {
    DataType type = value.type();
    if (type instanceof StringType) {
      return CodePointLength.of(value.column());
    } else if (type instanceof BinaryType) {
      return length(value.column());
    } else if (type instanceof ArrayType || type instanceof MapType) {
      return size(value.column());
    }
    throw RuntimeErrors.ruleOnWrongType(
        where, rule.name(), value.path(), type, "a string, binary or collection");
  }

  /** Text by text, booleans as "true"/"false", numbers by numeric value. */
  private static Column oneOf(
      Column c, DataType type, List<String> values, Rule rule, ColumnPath value, String where) {
    if (type instanceof StringType) {
      return c.isin(values.toArray());
    } else if (type instanceof BooleanType) {
      return c.cast("string").isin(values.toArray());
    } else if (type instanceof DecimalType) {
      return c.isin(values.stream().map(BigDecimal::new).toArray());
    } else if (type instanceof DoubleType || type instanceof FloatType) {
      return c.isin(values.stream().map(Double::valueOf).toArray());
    } else if (type instanceof NumericType) {
      return c.isin(values.stream().map(v -> new BigDecimal(v).longValueExact()).toArray());
    }
    throw RuntimeErrors.ruleOnWrongType(
        where, rule.name(), value.path(), type, "a string, boolean or number");
  }

  private static void need(
      boolean ok, Rule rule, ColumnPath value, String where, String expected) {
    if (!ok) {
      throw RuntimeErrors.ruleOnWrongType(where, rule.name(), value.path(), value.type(), expected);
    }
  }
}
