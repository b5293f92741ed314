package io.jsetl.processor.schema;

import static com.google.common.truth.Truth.assertThat;
import static io.jsetl.processor.schema.SchemaSources.record;
import static io.jsetl.processor.testing.Compilations.compile;
import static io.jsetl.processor.testing.Diagnostics.assertError;
import static io.jsetl.processor.testing.Diagnostics.assertOnlyError;
import static io.jsetl.processor.testing.Diagnostics.errors;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** {@code [jsetl/InvalidCheck]} for {@code @Range}: numbers, dates and times. */
class RangeCheckTest {

  @Test
  void onAString() {
    JavaFileObject citizen = record("Citizen", "@Range(min = 1) String name");
    assertOnlyError(
        compile(citizen),
        "[jsetl/InvalidCheck] @Range on component `name` of record `t.Citizen` does not apply to"
            + " its type `java.lang.String`. @Range applies to numbers (with min and max) and to"
            + " LocalDate, LocalDateTime and Instant (with from and to). Remove it, or use a check"
            + " that fits the type.",
        citizen,
        "@Range(min = 1) String name");
  }

  @Test
  void minAboveMax() {
    JavaFileObject citizen = record("Citizen", "@Range(min = 150, max = 0) int age");
    assertOnlyError(
        compile(citizen),
        "[jsetl/InvalidCheck] @Range on component `age` of record `t.Citizen` has min 150 above"
            + " max 0. No value can satisfy it. Swap the bounds.",
        citizen,
        "min = 150");
  }

  @Test
  void notANumber() {
    JavaFileObject citizen = record("Citizen", "@Range(max = Double.NaN) double score");
    assertOnlyError(
        compile(citizen),
        "[jsetl/InvalidCheck] @Range on component `score` of record `t.Citizen` has max NaN. NaN"
            + " compares false with every value, so every row would fail. Give a number, or leave"
            + " the bound unset to keep it open.",
        citizen,
        "double score");
  }

  @Test
  void withoutBounds() {
    JavaFileObject citizen = record("Citizen", "@Range int age");
    assertOnlyError(
        compile(citizen),
        "[jsetl/InvalidCheck] @Range on component `age` of record `t.Citizen` sets no bound. A"
            + " range without bounds checks nothing. Set min/max (numbers) or from/to (dates and"
            + " times), or remove @Range.",
        citizen,
        "@Range int age");
  }

  @Test
  void dateBoundsOnANumber() {
    JavaFileObject citizen = record("Citizen", "@Range(from = \"2020-01-01\") int age");
    assertOnlyError(
        compile(citizen),
        "[jsetl/InvalidCheck] @Range on component `age` of record `t.Citizen` sets from/to, which"
            + " bound dates and times, but the column is `int`. Numbers are bounded by min and max."
            + " Write @Range(min = ..., max = ...).",
        citizen,
        "int age");
  }

  @Test
  void numberBoundsOnADate() {
    JavaFileObject citizen = record("Citizen", "@Range(min = 0) LocalDate born");
    assertOnlyError(
        compile(citizen),
        "[jsetl/InvalidCheck] @Range on component `born` of record `t.Citizen` sets min/max, which"
            + " bound numbers, but the column is `java.time.LocalDate`. Dates and times are"
            + " bounded by from and to, in ISO-8601. Write e.g. @Range(from = \"2000-01-01\").",
        citizen,
        "LocalDate born");
  }

  @Test
  void unparsableDate() {
    JavaFileObject citizen = record("Citizen", "@Range(from = \"2020-13-01\") LocalDate born");
    assertOnlyError(
        compile(citizen),
        "[jsetl/InvalidCheck] @Range on component `born` of record `t.Citizen` has from"
            + " \"2020-13-01\", which is not a `java.time.LocalDate` (Text '2020-13-01' could not"
            + " be parsed: Invalid value for MonthOfYear (valid values 1 - 12): 13). Bounds of a"
            + " `java.time.LocalDate` column are ISO-8601 text. Write it like \"2000-01-01\".",
        citizen,
        "LocalDate born");
  }

  @Test
  void dateBoundOnAnInstant() {
    JavaFileObject citizen = record("Citizen", "@Range(to = \"2020-01-01\") Instant seen");
    assertOnlyError(
        compile(citizen),
        "[jsetl/InvalidCheck] @Range on component `seen` of record `t.Citizen` has to"
            + " \"2020-01-01\", which is not a `java.time.Instant` (Text '2020-01-01' could not be"
            + " parsed at index 10). Bounds of a `java.time.Instant` column are ISO-8601 text."
            + " Write it like \"2000-01-01T00:00:00Z\".",
        citizen,
        "Instant seen");
  }

  @Test
  void fromAfterTo() {
    JavaFileObject citizen =
        record(
            "Citizen",
            "@Range(from = \"2020-01-02T00:00:00\", to = \"2020-01-01T00:00:00\")"
                + " LocalDateTime at");
    assertOnlyError(
        compile(citizen),
        "[jsetl/InvalidCheck] @Range on component `at` of record `t.Citizen` has from"
            + " \"2020-01-02T00:00:00\" above to \"2020-01-01T00:00:00\". No value can satisfy it."
            + " Swap the bounds.",
        citizen,
        "LocalDateTime at");
  }

  @Test
  void everyProblemOfTheRecordIsReported() {
    JavaFileObject citizen =
        record(
            "Citizen",
            "@Range(min = 2, max = 1) int a",
            "@Range(min = 2, max = 1) long b",
            "@Range(from = \"x\", to = \"y\") LocalDate c");
    Compilation compilation = compile(citizen);
    assertThat(errors(compilation)).hasSize(4);
    assertError(
        compilation,
        "[jsetl/InvalidCheck] @Range on component `b` of record `t.Citizen` has min 2 above max 1."
            + " No value can satisfy it. Swap the bounds.",
        citizen,
        "long b");
  }
}
