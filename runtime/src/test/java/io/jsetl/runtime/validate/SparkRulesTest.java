package io.jsetl.runtime.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jsetl.dsl.Rule;
import io.jsetl.runtime.testkit.TestSpark;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each rule's Spark backend on a valid, an invalid and a null value. */
class SparkRulesTest {

  static Stream<Arguments> rules() {
    return Stream.of(
        Arguments.of(new Rule.NotNull("v"), DataTypes.StringType, "x", null, false),
        Arguments.of(new Rule.NumberRange("v", 0, 150), DataTypes.IntegerType, 150, 151, true),
        Arguments.of(new Rule.NumberRange("v", 0, Double.POSITIVE_INFINITY, false, true), DataTypes.DoubleType, 0.5, 0.0, true),
        Arguments.of(new Rule.NumberRange("v", 0, 10), DataTypes.createDecimalType(10, 2), new BigDecimal("9.99"), new BigDecimal("10.01"), true),
        Arguments.of(new Rule.TemporalRange("v", "2020-01-01", "2020-12-31"), DataTypes.DateType, LocalDate.parse("2020-06-01"), LocalDate.parse("2021-01-01"), true),
        Arguments.of(new Rule.TemporalRange("v", "2020-01-01T00:00:00Z", ""), DataTypes.TimestampType, Instant.parse("2020-01-01T00:00:00Z"), Instant.parse("2019-12-31T23:59:59Z"), true),
        Arguments.of(new Rule.TemporalRange("v", "", "2020-01-01T10:00"), DataTypes.TimestampNTZType, LocalDateTime.parse("2020-01-01T10:00"), LocalDateTime.parse("2020-01-01T10:01"), true),
        Arguments.of(new Rule.TimeRelative("v", false, false), DataTypes.DateType, LocalDate.parse("2000-01-01"), LocalDate.parse("2999-01-01"), true),
        Arguments.of(new Rule.TimeRelative("v", true, true), DataTypes.TimestampType, Instant.parse("2999-01-01T00:00:00Z"), Instant.parse("2000-01-01T00:00:00Z"), true),
        Arguments.of(new Rule.Length("v", 1, 3), DataTypes.StringType, "\ud83d\ude00\ud83d\ude00\ud83d\ude00", "abcd", true),
        Arguments.of(new Rule.Length("v", 1, 2), DataTypes.createArrayType(DataTypes.IntegerType), List.of(1, 2), List.of(), true),
        Arguments.of(new Rule.NotBlank("v"), DataTypes.StringType, " a ", " \t\n", true),
        Arguments.of(new Rule.Pattern("v", "^[A-Z]"), DataTypes.StringType, "Ada", "ada", true),
        Arguments.of(new Rule.Email("v"), DataTypes.StringType, "ada@example.org", "ada@", true),
        Arguments.of(new Rule.OneOf("v", List.of("A", "B")), DataTypes.StringType, "A", "C", true),
        Arguments.of(new Rule.OneOf("v", List.of("1", "2")), DataTypes.LongType, 2L, 3L, true),
        Arguments.of(new Rule.OneOf("v", List.of("true")), DataTypes.BooleanType, true, false, true));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void decidesAValidAnInvalidAndANullValue(Rule rule, DataType type, Object valid, Object invalid, boolean nullPasses) {
    StructType schema = new StructType(new StructField[] {DataTypes.createStructField("v", type, true)});
    List<Row> rows =
        Arrays.asList(RowFactory.create(valid), RowFactory.create(invalid), RowFactory.create((Object) null));
    List<Row> verdicts =
        TestSpark.session()
            .createDataFrame(rows, schema)
            .select(SparkRules.breaks(rule, ColumnPath.resolve(schema, "v", "test"), "test"))
            .collectAsList();

    assertEquals(false, verdicts.get(0).getBoolean(0), "valid " + valid);
    assertEquals(true, verdicts.get(1).getBoolean(0), "invalid " + invalid);
    assertEquals(!nullPasses, verdicts.get(2).getBoolean(0), "null");
    // The Java backend decides the same three values alike.
    assertTrue(rule.accepts(valid));
    assertEquals(false, rule.accepts(invalid));
    assertEquals(nullPasses, rule.accepts(null));
  }

  @Test
  void aRuleOnAColumnOfTheWrongTypeSaysWhereAndWhatToDo() {
    StructType schema = new StructType(new StructField[] {DataTypes.createStructField("age", DataTypes.StringType, true)});
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> SparkRules.breaks(new Rule.NumberRange("age", 0, 1), ColumnPath.resolve(schema, "age", "Jobs.x output"), "Jobs.x output"));
    assertEquals(
        "validation of Jobs.x output: rule range[0..1] on column 'age' needs a number, but the data holds"
            + " string there. The data must have the record's schema: give the Dataset its X_.ENCODER.",
        e.getMessage());
  }

  @Test
  void aNestedColumnIsResolvedSegmentBySegment() {
    StructType inner = new StructType(new StructField[] {DataTypes.createStructField("zip", DataTypes.StringType, true)});
    StructType schema = new StructType(new StructField[] {DataTypes.createStructField("address", inner, true)});
    ColumnPath zip = ColumnPath.resolve(schema, "address.zip", "test");
    assertEquals(DataTypes.StringType, zip.type());
    List<Row> verdicts =
        TestSpark.session()
            .createDataFrame(
                Arrays.asList(
                    RowFactory.create(RowFactory.create("1000")),
                    RowFactory.create(RowFactory.create((Object) null)),
                    RowFactory.create((Object) null)),
                schema)
            .select(SparkRules.breaks(new Rule.NotNull("address.zip"), zip, "test"))
            .collectAsList();
    assertEquals(
        List.of(false, true, false),
        verdicts.stream().map(r -> r.getBoolean(0)).toList(),
        "a missing zip breaks notNull only when there is an address");
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> ColumnPath.resolve(schema, "address.street", "Jobs.x output"));
    assertTrue(e.getMessage().contains("the rules name column 'address.street'"), e.getMessage());
  }
}
