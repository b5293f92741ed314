package io.jsetl.processor.schema;

import static io.jsetl.processor.schema.SchemaSources.record;
import static io.jsetl.processor.schema.SchemaSources.recordWithBody;
import static io.jsetl.processor.testing.Compilations.compile;
import static io.jsetl.processor.testing.Diagnostics.assertOnlyError;

import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * {@code [jsetl/InvalidCheck]} for the column checks other than {@code @Range}, {@code @Decimal}
 * and {@code @Column}.
 */
class ColumnCheckTest {
  private static final String REMOVE = " Remove it, or use a check that fits the type.";

  @Test
  void lengthOnANumber() {
    JavaFileObject citizen = record("Citizen", "@Length(max = 3) int age");
    assertOnlyError(
        compile(citizen),
        "[jsetl/InvalidCheck] @Length on component `age` of record `t.Citizen` does not apply to"
            + " its type `int`. @Length applies to Strings (their length) and to List, Set and Map"
            + " (their size)."
            + REMOVE,
        citizen,
        "int age");
  }

  @Test
  void negativeLength() {
    JavaFileObject citizen = record("Citizen", "@Length(min = -1) String name");
    assertOnlyError(
        compile(citizen),
        "[jsetl/InvalidCheck] @Length on component `name` of record `t.Citizen` has a negative min"
            + " -1. A length is never negative. Use 0 or more.",
        citizen,
        "String name");
  }

  @Test
  void lengthMinAboveMax() {
    JavaFileObject citizen = record("Citizen", "@Length(min = 5, max = 2) List<String> tags");
    assertOnlyError(
        compile(citizen),
        "[jsetl/InvalidCheck] @Length on component `tags` of record `t.Citizen` has min 5 above max"
            + " 2. No value can satisfy it. Swap the bounds.",
        citizen,
        "List<String> tags");
  }

  @Test
  void notBlankOnANumber() {
    JavaFileObject citizen = record("Citizen", "@NotBlank int age");
    assertOnlyError(
        compile(citizen),
        "[jsetl/InvalidCheck] @NotBlank on component `age` of record `t.Citizen` does not apply to"
            + " its type `int`. @NotBlank applies to Strings."
            + REMOVE,
        citizen,
        "@NotBlank int age");
  }

  @Test
  void patternOnADate() {
    JavaFileObject citizen = record("Citizen", "@Pattern(\"^2\") LocalDate born");
    assertOnlyError(
        compile(citizen),
        "[jsetl/InvalidCheck] @Pattern on component `born` of record `t.Citizen` does not apply to"
            + " its type `java.time.LocalDate`. @Pattern applies to Strings."
            + REMOVE,
        citizen,
        "LocalDate born");
  }

  @Test
  void patternThatDoesNotCompile() {
    JavaFileObject citizen = record("Citizen", "@Pattern(\"[a-\") String code");
    assertOnlyError(
        compile(citizen),
        "[jsetl/InvalidCheck] @Pattern on component `code` of record `t.Citizen` does not compile"
            + " as a regular expression: Illegal character range near index 3. Spark matches it"
            + " with Java's regex syntax (rlike). Fix the expression (a backslash is written \\\\"
            + " in a Java string).",
        citizen,
        "String code");
  }

  @Test
  void emptyOneOf() {
    JavaFileObject citizen = record("Citizen", "@OneOf({}) String city");
    assertOnlyError(
        compile(citizen),
        "[jsetl/InvalidCheck] @OneOf on component `city` of record `t.Citizen` lists no values, so"
            + " no value could pass. List the allowed values, or remove @OneOf.",
        citizen,
        "String city");
  }

  @Test
  void oneOfThatIsNotAnEnumConstant() {
    JavaFileObject citizen =
        recordWithBody(
            "Citizen",
            List.of("@OneOf({\"ACTIVE\", \"CLOSD\"}) Status status"),
            List.of("public enum Status { ACTIVE, CLOSED }"));
    assertOnlyError(
        compile(citizen),
        "[jsetl/InvalidCheck] @OneOf on component `status` of record `t.Citizen` lists \"CLOSD\","
            + " which is not a constant of enum `t.Citizen.Status`. An enum column stores its"
            + " constants' names. Use only: ACTIVE, CLOSED.",
        citizen,
        "Status status");
  }

  @Test
  void oneOfThatIsNotAWholeNumber() {
    JavaFileObject citizen = record("Citizen", "@OneOf({\"1\", \"two\", \"2.5\"}) int level");
    assertOnlyError(
        compile(citizen),
        "[jsetl/InvalidCheck] @OneOf on component `level` of record `t.Citizen` lists \"two\","
            + " \"2.5\", which is not a whole number, but the column is `int`. A number column is"
            + " compared with numbers. Write each value as a whole number, e.g. \"10\".",
        citizen,
        "int level");
  }

  @Test
  void oneOfThatIsNotANumber() {
    JavaFileObject citizen = record("Citizen", "@OneOf({\"0.5\", \"half\"}) BigDecimal rate");
    assertOnlyError(
        compile(citizen),
        "[jsetl/InvalidCheck] @OneOf on component `rate` of record `t.Citizen` lists \"half\","
            + " which is not a number, but the column is `java.math.BigDecimal`. A number column is"
            + " compared with numbers. Write each value as a number, e.g. \"10\".",
        citizen,
        "BigDecimal rate");
  }

  @Test
  void oneOfOnABoolean() {
    JavaFileObject citizen = record("Citizen", "@OneOf(\"true\") boolean active");
    assertOnlyError(
        compile(citizen),
        "[jsetl/InvalidCheck] @OneOf on component `active` of record `t.Citizen` does not apply to"
            + " its type `boolean`. @OneOf applies to Strings, enums and numbers."
            + REMOVE,
        citizen,
        "boolean active");
  }

  @Test
  void uniqueOnAMap() {
    JavaFileObject citizen = record("Citizen", "@Unique Map<String, Long> scores");
    assertOnlyError(
        compile(citizen),
        "[jsetl/InvalidCheck] @Unique on component `scores` of record `t.Citizen` does not apply to"
            + " its type `java.util.Map<java.lang.String, java.lang.Long>`. @Unique applies to"
            + " every column type but Map (Spark cannot compare maps)."
            + REMOVE,
        citizen,
        "scores");
  }

  @Test
  void decimalOnAString() {
    JavaFileObject citizen = record("Citizen", "@Decimal(precision = 10, scale = 2) String price");
    assertOnlyError(
        compile(citizen),
        "[jsetl/InvalidCheck] @Decimal on component `price` of record `t.Citizen` does not apply to"
            + " its type `java.lang.String`. @Decimal applies to BigDecimal columns (and"
            + " BigDecimals inside a List, Set or Map)."
            + REMOVE,
        citizen,
        "String price");
  }

  @Test
  void decimalPrecisionAboveSpark() {
    JavaFileObject citizen =
        record("Citizen", "@Decimal(precision = 40, scale = 2) BigDecimal price");
    assertOnlyError(
        compile(citizen),
        "[jsetl/InvalidCheck] @Decimal on component `price` of record `t.Citizen` has precision 40."
            + " Spark decimals have 1 to 38 digits. Use a precision from 1 to 38.",
        citizen,
        "precision = 40");
  }

  @Test
  void decimalScaleAbovePrecision() {
    JavaFileObject citizen =
        record("Citizen", "@Decimal(precision = 5, scale = 6) List<BigDecimal> prices");
    assertOnlyError(
        compile(citizen),
        "[jsetl/InvalidCheck] @Decimal on component `prices` of record `t.Citizen` has scale 6 for"
            + " precision 5. The scale (digits after the point) lies between 0 and the precision."
            + " Use a scale from 0 to 5.",
        citizen,
        "scale = 6");
  }

  @Test
  void blankColumnName() {
    JavaFileObject citizen = record("Citizen", "@Column(\" \") String name");
    assertOnlyError(
        compile(citizen),
        "[jsetl/InvalidCheck] @Column on component `name` of record `t.Citizen` gives a blank name."
            + " A Spark column needs a name. Give one, or remove @Column to use `name`.",
        citizen,
        "String name");
  }
}
