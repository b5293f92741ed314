package io.jsetl.processor.schema;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.jsetl.processor.schema.SchemaSources.jakartaRecord;
import static io.jsetl.processor.testing.Compilations.compile;
import static io.jsetl.processor.testing.Diagnostics.assertOnlyError;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * {@code [jsetl/InvalidCheck]} for Jakarta Bean Validation constraints, reported like jsetl's own
 * checks: on a column type they do not apply to, with bounds no value satisfies, with an
 * expression that does not compile.
 */
class JakartaCheckTest {
  private static final String REMOVE = " Remove it, or use a check that fits the type.";
  private static final String LENGTHS =
      "Strings (their length) and to List, Set and Map (their size).";

  @Test
  void sizeOnANumber() {
    JavaFileObject citizen = jakartaRecord("Citizen", "@Size(max = 3) int age");
    assertOnlyError(
        compile(citizen),
        "[jsetl/InvalidCheck] @Size on component `age` of record `t.Citizen` does not apply to its"
            + " type `int`. @Size applies to "
            + LENGTHS
            + REMOVE,
        citizen,
        "int age");
  }

  @Test
  void notEmptyOnANumberIsOneError() {
    JavaFileObject citizen = jakartaRecord("Citizen", "@NotEmpty Integer age");
    assertOnlyError(
        compile(citizen),
        "[jsetl/InvalidCheck] @NotEmpty on component `age` of record `t.Citizen` does not apply"
            + " to its type `java.lang.Integer`. @NotEmpty applies to "
            + LENGTHS
            + REMOVE,
        citizen,
        "Integer age");
  }

  @Test
  void pastOnAString() {
    JavaFileObject citizen = jakartaRecord("Citizen", "@Past String born");
    assertOnlyError(
        compile(citizen),
        "[jsetl/InvalidCheck] @Past on component `born` of record `t.Citizen` does not apply to"
            + " its type `java.lang.String`. @Past applies to LocalDate, LocalDateTime and Instant"
            + " columns."
            + REMOVE,
        citizen,
        "String born");
  }

  @Test
  void minOnAString() {
    JavaFileObject citizen = jakartaRecord("Citizen", "@Min(1) String code");
    assertOnlyError(
        compile(citizen),
        "[jsetl/InvalidCheck] @Min on component `code` of record `t.Citizen` does not apply to its"
            + " type `java.lang.String`. @Min applies to numbers."
            + REMOVE,
        citizen,
        "String code");
  }

  @Test
  void positiveOnADate() {
    JavaFileObject citizen = jakartaRecord("Citizen", "@Positive LocalDate born");
    assertOnlyError(
        compile(citizen),
        "[jsetl/InvalidCheck] @Positive on component `born` of record `t.Citizen` does not apply"
            + " to its type `java.time.LocalDate`. @Positive applies to numbers."
            + REMOVE,
        citizen,
        "LocalDate born");
  }

  @Test
  void assertTrueOnAString() {
    JavaFileObject citizen = jakartaRecord("Citizen", "@AssertTrue String active");
    assertOnlyError(
        compile(citizen),
        "[jsetl/InvalidCheck] @AssertTrue on component `active` of record `t.Citizen` does not"
            + " apply to its type `java.lang.String`. @AssertTrue applies to booleans."
            + REMOVE,
        citizen,
        "String active");
  }

  @Test
  void emailOnANumber() {
    JavaFileObject citizen = jakartaRecord("Citizen", "@Email long contact");
    assertOnlyError(
        compile(citizen),
        "[jsetl/InvalidCheck] @Email on component `contact` of record `t.Citizen` does not apply to"
            + " its type `long`. @Email applies to Strings."
            + REMOVE,
        citizen,
        "long contact");
  }

  @Test
  void patternThatDoesNotCompilePointsIntoWhatWasWritten() {
    JavaFileObject citizen = jakartaRecord("Citizen", "@Pattern(regexp = \"[a-\") String code");
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
  void patternThatDoesNotCompileOnceAnchored() {
    // \Q quotes to the end of the expression, which then swallows the anchor's closing part.
    JavaFileObject citizen = jakartaRecord("Citizen", "@Pattern(regexp = \"\\\\Qa\") String code");
    assertOnlyError(
        compile(citizen),
        "[jsetl/InvalidCheck] @Pattern on component `code` of record `t.Citizen` does not compile"
            + " as a regular expression: Unclosed group. Spark matches it with Java's regex syntax"
            + " (rlike). Fix the expression (a backslash is written \\\\ in a Java string).",
        citizen,
        "String code");
  }

  @Test
  void repeatedPatternThatDoesNotCompile() {
    JavaFileObject citizen =
        jakartaRecord("Citizen", "@Pattern(regexp = \"a\") @Pattern(regexp = \"(\") String code");
    assertOnlyError(
        compile(citizen),
        "[jsetl/InvalidCheck] @Pattern on component `code` of record `t.Citizen` does not compile"
            + " as a regular expression: Unclosed group near index 1. Spark matches it with Java's"
            + " regex syntax (rlike). Fix the expression (a backslash is written \\\\ in a Java"
            + " string).",
        citizen,
        "String code");
  }

  @Test
  void emailRegexpThatDoesNotCompile() {
    JavaFileObject citizen = jakartaRecord("Citizen", "@Email(regexp = \"(\") String contact");
    assertOnlyError(
        compile(citizen),
        "[jsetl/InvalidCheck] @Email on component `contact` of record `t.Citizen` does not compile"
            + " as a regular expression: Unclosed group near index 1. Spark matches it with Java's"
            + " regex syntax (rlike). Fix the expression (a backslash is written \\\\ in a Java"
            + " string).",
        citizen,
        "String contact");
  }

  @Test
  void sizeMinAboveMax() {
    JavaFileObject citizen = jakartaRecord("Citizen", "@Size(min = 5, max = 2) List<String> tags");
    assertOnlyError(
        compile(citizen),
        "[jsetl/InvalidCheck] @Size on component `tags` of record `t.Citizen` has min 5 above max"
            + " 2. No value can satisfy it. Swap the bounds.",
        citizen,
        "List<String> tags");
  }

  @Test
  void negativeSize() {
    JavaFileObject citizen = jakartaRecord("Citizen", "@Size(min = -1) String name");
    assertOnlyError(
        compile(citizen),
        "[jsetl/InvalidCheck] @Size on component `name` of record `t.Citizen` has a negative min"
            + " -1. A length is never negative. Use 0 or more.",
        citizen,
        "String name");
  }

  @Test
  void decimalMinThatIsNotANumber() {
    JavaFileObject citizen = jakartaRecord("Citizen", "@DecimalMin(\"ten\") BigDecimal price");
    assertOnlyError(
        compile(citizen),
        "[jsetl/InvalidCheck] @DecimalMin on component `price` of record `t.Citizen` has value"
            + " \"ten\", which is not a decimal number within the range of a double. jsetl"
            + " compares numbers as doubles, as Spark does. Write a number like \"0.01\".",
        citizen,
        "BigDecimal price");
  }

  @Test
  void decimalMaxBeyondADouble() {
    JavaFileObject citizen = jakartaRecord("Citizen", "@DecimalMax(\"1e400\") double ratio");
    assertOnlyError(
        compile(citizen),
        "[jsetl/InvalidCheck] @DecimalMax on component `ratio` of record `t.Citizen` has value"
            + " \"1e400\", which is not a decimal number within the range of a double. jsetl"
            + " compares numbers as doubles, as Spark does. Write a number like \"0.01\".",
        citizen,
        "double ratio");
  }

  @Test
  void minAboveMax() {
    JavaFileObject citizen = jakartaRecord("Citizen", "@Min(10) @Max(5) int age");
    assertOnlyError(
        compile(citizen),
        "[jsetl/InvalidCheck] @Max on component `age` of record `t.Citizen` (at most 5)"
            + " contradicts @Min (at least 10) on the same component. No value can satisfy both."
            + " Fix or remove one of the bounds.",
        citizen,
        "int age");
  }

  @Test
  void positiveAndNegative() {
    JavaFileObject citizen = jakartaRecord("Citizen", "@Positive @Negative int delta");
    assertOnlyError(
        compile(citizen),
        "[jsetl/InvalidCheck] @Negative on component `delta` of record `t.Citizen` (below 0)"
            + " contradicts @Positive (above 0) on the same component. No value can satisfy both."
            + " Fix or remove one of the bounds.",
        citizen,
        "int delta");
  }

  @Test
  void jsetlRangeAndJakartaMin() {
    JavaFileObject citizen =
        jakartaRecord("Citizen", "@io.jsetl.dsl.Range(min = 0, max = 10) @Min(20) int level");
    assertOnlyError(
        compile(citizen),
        "[jsetl/InvalidCheck] @Min on component `level` of record `t.Citizen` (at least 20)"
            + " contradicts @Range (at most 10) on the same component. No value can satisfy both."
            + " Fix or remove one of the bounds.",
        citizen,
        "int level");
  }

  @Test
  void equalBoundsOneOfThemExclusive() {
    JavaFileObject citizen =
        jakartaRecord(
            "Citizen", "@DecimalMin(value = \"5\", inclusive = false) @Max(5) double weight");
    assertOnlyError(
        compile(citizen),
        "[jsetl/InvalidCheck] @Max on component `weight` of record `t.Citizen` (at most 5)"
            + " contradicts @DecimalMin (above 5) on the same component. No value can satisfy"
            + " both. Fix or remove one of the bounds.",
        citizen,
        "double weight");
  }

  @Test
  void equalInclusiveBoundsLeaveOneValue() {
    Compilation compilation = compile(jakartaRecord("Citizen", "@Min(5) @Max(5) int level"));
    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void everyProblemOfARecordIsReported() {
    JavaFileObject citizen =
        jakartaRecord("Citizen", "@Size(max = 3) int age", "@Past String born", "@Min(1) String code");
    Compilation compilation = compile(citizen);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(3);
  }
}
