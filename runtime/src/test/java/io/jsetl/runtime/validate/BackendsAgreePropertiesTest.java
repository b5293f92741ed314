package io.jsetl.runtime.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jsetl.dsl.Rule;
import io.jsetl.runtime.testkit.TestSpark;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The Spark backend ({@link SparkRules}) and the Java backend ({@link Rule#accepts}) of every rule
 * kind decide every value alike: for random rules and random rows (nulls, NaN, signed zeros,
 * infinities, Unicode whitespace, emoji, dates around today), one Spark job per try evaluates
 * every rule on every row, and each verdict is compared with the Java one.
 */
class BackendsAgreePropertiesTest {
  private static final StructType SCHEMA =
      new StructType(
          new StructField[] {
            DataTypes.createStructField("i", DataTypes.IntegerType, true),
            DataTypes.createStructField("l", DataTypes.LongType, true),
            DataTypes.createStructField("d", DataTypes.DoubleType, true),
            DataTypes.createStructField("m", DataTypes.createDecimalType(10, 2), true),
            DataTypes.createStructField("s", DataTypes.StringType, true),
            DataTypes.createStructField("b", DataTypes.BooleanType, true),
            DataTypes.createStructField("dt", DataTypes.DateType, true),
            DataTypes.createStructField("ts", DataTypes.TimestampType, true),
            DataTypes.createStructField("ntz", DataTypes.TimestampNTZType, true),
            DataTypes.createStructField(
                "xs", DataTypes.createArrayType(DataTypes.StringType, true), true)
          });

  private static final List<String> REGEXES =
      List.of("^[A-Z][a-z]+$", "\\d{2,}", "a|b", "^$", "\\s", "[^\\x00-\\x7F]", "x*y?z+", "(?i)^ada");

  @Property(tries = 25, seed = "20261129")
  void sparkAndJavaBackendsAgreeRowByRow(
      @ForAll("rows") List<Object[]> rows, @ForAll("rules") List<Rule> rules) {
    List<Row> data = new ArrayList<>();
    for (Object[] r : rows) {
      data.add(RowFactory.create(r));
    }
    Dataset<Row> df = TestSpark.session().createDataFrame(data, SCHEMA);
    Column[] verdicts =
        rules.stream()
            .map(rule -> SparkRules.breaks(rule, ColumnPath.resolve(SCHEMA, rule.column(), "test"), "test"))
            .toArray(Column[]::new);
    List<Row> spark = df.select(verdicts).collectAsList();

    for (int row = 0; row < rows.size(); row++) {
      for (int k = 0; k < rules.size(); k++) {
        Rule rule = rules.get(k);
        Object value = rows.get(row)[SCHEMA.fieldIndex(rule.column())];
        boolean javaBreaks = !rule.accepts(value);
        assertEquals(
            javaBreaks,
            spark.get(row).getBoolean(k),
            () -> rule + " on " + describe(value) + ": Java says " + (javaBreaks ? "breaks" : "holds"));
      }
    }
  }

  private static String describe(Object value) {
    if (value instanceof String s) {
      return "\"" + s.codePoints().mapToObj(c -> c < 128 && c >= 32 ? Character.toString(c) : String.format("\\u%04x", c)).reduce("", String::concat) + "\"";
    }
    return String.valueOf(value);
  }

  @Provide
  Arbitrary<List<Object[]>> rows() {
    Arbitrary<Object[]> row =
        Combinators.combine(
                List.<Arbitrary<Object>>of(
                    nullable(Arbitraries.oneOf(Arbitraries.integers().between(-300, 300), Arbitraries.of(Integer.MIN_VALUE, Integer.MAX_VALUE, 0))),
                    nullable(Arbitraries.oneOf(Arbitraries.longs().between(-1000, 1000), Arbitraries.of(Long.MIN_VALUE, Long.MAX_VALUE, (1L << 53) + 1))),
                    nullable(doubles()),
                    nullable(Arbitraries.bigDecimals().between(new BigDecimal("-99999999.99"), new BigDecimal("99999999.99")).ofScale(2)),
                    nullable(strings()),
                    nullable(Arbitraries.of(true, false)),
                    nullable(Arbitraries.integers().between(-800, 800).map(n -> LocalDate.now(ZoneOffset.UTC).plusDays(n * 3L))),
                    nullable(Arbitraries.longs().between(-5_000_000, 5_000_000).map(n -> Instant.now().plusSeconds(n * 60))),
                    nullable(Arbitraries.longs().between(-5_000_000, 5_000_000).map(n -> LocalDateTime.now(ZoneOffset.UTC).plusSeconds(n * 60))),
                    nullable(strings().list().ofMaxSize(4))))
            .as(values -> values.toArray());
    return row.list().ofMinSize(1).ofMaxSize(40);
  }

  @Provide
  Arbitrary<List<Rule>> rules() {
    return Arbitraries.oneOf(
            numberRange("i"), numberRange("l"), numberRange("d"), numberRange("m"),
            Arbitraries.of("i", "l", "d", "m", "s", "b", "dt", "ts", "ntz", "xs").map(Rule.NotNull::new),
            Arbitraries.integers().between(0, 6).flatMap(min -> Arbitraries.integers().between(min, 8).map(max -> (Rule) new Rule.Length("s", min, max))),
            Arbitraries.integers().between(0, 3).map(min -> (Rule) new Rule.Length("xs", min, min + 1)),
            Arbitraries.just(new Rule.NotBlank("s")),
            Arbitraries.just(new Rule.Email("s")),
            Arbitraries.of(REGEXES).map(re -> (Rule) new Rule.Pattern("s", re)),
            Arbitraries.of("Ada", "  ", "", "b", "ada@x.org").list().ofMinSize(1).ofMaxSize(3).map(v -> (Rule) new Rule.OneOf("s", v)),
            Arbitraries.of("true", "false").map(v -> (Rule) new Rule.OneOf("b", List.of(v))),
            Arbitraries.of("-1", "0", "17", "2147483647").list().ofMinSize(1).ofMaxSize(3).map(v -> (Rule) new Rule.OneOf("i", v)),
            Arbitraries.of("0.0", "-0.0", "1.5", "NaN", "Infinity").list().ofMinSize(1).ofMaxSize(3).map(v -> (Rule) new Rule.OneOf("d", v)),
            Arbitraries.of("0.00", "1.5", "-3.25").list().ofMinSize(1).ofMaxSize(2).map(v -> (Rule) new Rule.OneOf("m", v)),
            temporalRange(),
            Combinators.combine(Arbitraries.of("dt", "ts", "ntz"), Arbitraries.of(true, false), Arbitraries.of(true, false))
                .as((c, future, now) -> (Rule) new Rule.TimeRelative(c, future, now)))
        .list()
        .ofMinSize(1)
        .ofMaxSize(12);
  }

  private static Arbitrary<Rule> numberRange(String column) {
    Arbitrary<Double> bound =
        Arbitraries.oneOf(
            Arbitraries.of(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, 0.0, -0.0, 0.5, 150.0, -1.0),
            Arbitraries.integers().between(-300, 300).map(Integer::doubleValue));
    return Combinators.combine(bound, bound, Arbitraries.of(true, false), Arbitraries.of(true, false))
        .as((a, b, minIn, maxIn) -> new Rule.NumberRange(column, Math.min(a, b), Math.max(a, b), minIn, maxIn));
  }

  private static Arbitrary<Rule> temporalRange() {
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    Arbitrary<Integer> days = Arbitraries.integers().between(-900, 900);
    return Combinators.combine(Arbitraries.of("dt", "ts", "ntz"), days, days, Arbitraries.of(true, false))
        .as(
            (c, a, b, open) -> {
              LocalDate from = today.plusDays(Math.min(a, b));
              LocalDate to = today.plusDays(Math.max(a, b));
              String f = text(c, from);
              return new Rule.TemporalRange(c, open ? "" : f, text(c, to));
            });
  }

  private static String text(String column, LocalDate day) {
    return switch (column) {
      case "dt" -> day.toString();
      case "ts" -> day.atStartOfDay().toInstant(ZoneOffset.UTC).toString();
      default -> day.atTime(12, 30).toString();
    };
  }

  private static Arbitrary<Double> doubles() {
    return Arbitraries.oneOf(
        Arbitraries.doubles().between(-400, 400).ofScale(1),
        Arbitraries.of(Double.NaN, -0.0, 0.0, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.MIN_VALUE, 150.0, 0.5, 1.5));
  }

  private static Arbitrary<String> strings() {
    return Arbitraries.oneOf(
        Arbitraries.strings().withChars("abAB z@.-_1").ofMaxLength(8),
        Arbitraries.of("", " ", "\t\n", "\u2003", "\u00a0", "\u001c", "Ada", "ada@example.org", "a@b", "x@y.z",
            "\ud83d\ude00\ud83d\ude00", "é", "12345", "xyz", "xxz", "b"));
  }

  @SuppressWarnings("unchecked")
  private static Arbitrary<Object> nullable(Arbitrary<?> a) {
    return ((Arbitrary<Object>) a).injectNull(0.15);
  }
}
