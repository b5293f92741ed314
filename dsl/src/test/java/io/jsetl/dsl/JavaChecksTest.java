package io.jsetl.dsl;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The Java backend of every rule kind on valid, invalid and null values, at the boundaries the
 * shared semantics of {@link Rule} name (NaN, infinities, -0.0, inclusive and exclusive bounds,
 * code points), for every value type a column can hold.
 */
class JavaChecksTest {
  enum Color {
    RED,
    GREEN
  }

  record Address(String zip) {}

  private static void accepted(Rule rule, Object... values) {
    for (Object v : values) {
      assertTrue(rule.accepts(v), () -> rule.name() + " should accept " + v);
    }
  }

  private static void rejected(Rule rule, Object... values) {
    for (Object v : values) {
      assertFalse(rule.accepts(v), () -> rule.name() + " should reject " + v);
    }
  }

  /** Rules over rows hold Spark suppliers; the Java backend must never call them. */
  private static <T> T neverCalled() {
    throw new AssertionError("the Java backend called a Spark supplier");
  }

  @Nested
  class NotNullRule {
    private final Rule rule = new Rule.NotNull("email");

    @Test
    void acceptsEveryNonNullValueOfEveryType() {
      accepted(
          rule,
          "",
          0,
          0L,
          0.0,
          Double.NaN,
          BigDecimal.ZERO,
          new byte[0],
          LocalDate.EPOCH,
          LocalDateTime.MIN,
          Instant.EPOCH,
          Color.RED,
          false,
          List.of(),
          Set.of(),
          Map.of(),
          new Address(""));
    }

    @Test
    void rejectsNullOnly() {
      assertFalse(rule.accepts(null));
      assertEquals(new Violation("email", "notNull", "email is null"), rule.violation(null));
    }
  }

  @Nested
  class NumberRangeRule {
    private final Rule.NumberRange inclusive = new Rule.NumberRange("age", 0, 150);
    private final Rule.NumberRange exclusive = new Rule.NumberRange("x", 0, 1, false, false);

    @Test
    void inclusiveBoundsAreInside() {
      accepted(inclusive, 0, 150, 75, (byte) 0, (short) 150, 150L, 0.0f, 150.0, -0.0, null);
      accepted(inclusive, new BigDecimal("150.00"), new BigDecimal("0"));
      rejected(inclusive, -1, 151, 150.000001, -Double.MIN_VALUE, new BigDecimal("150.01"));
      rejected(inclusive, Long.MIN_VALUE, Long.MAX_VALUE, (byte) -1, (short) 151);
    }

    @Test
    void exclusiveBoundsAreOutside() {
      accepted(exclusive, 0.5, Double.MIN_VALUE, Math.nextDown(1.0), 0.5f, new BigDecimal("0.99"));
      rejected(exclusive, 0, 1, 0.0, 1.0, -0.0, 0.0f, BigDecimal.ONE, new BigDecimal("0.000"));
    }

    @Test
    void negativeZeroEqualsZero() {
      accepted(new Rule.NumberRange("x", 0, 1, true, true), -0.0, -0.0f);
      accepted(new Rule.NumberRange("x", -1, 0, true, true), -0.0);
      rejected(new Rule.NumberRange("x", -1, 0, true, false), -0.0, 0.0);
    }

    @Test
    void nanIsLargerThanEveryNumber() {
      accepted(new Rule.NumberRange("x", 0, Double.POSITIVE_INFINITY), Double.NaN, Float.NaN);
      accepted(new Rule.NumberRange("x", 0, Double.POSITIVE_INFINITY, false, false), Double.NaN);
      rejected(new Rule.NumberRange("x", Double.NEGATIVE_INFINITY, 1e308), Double.NaN, Float.NaN);
      rejected(inclusive, Double.NaN);
    }

    @Test
    void infiniteBoundsAreOpen() {
      Rule open = new Rule.NumberRange("x", Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
      accepted(open, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, Double.NaN, -1e308);
      Rule atLeastZero = new Rule.NumberRange("x", 0, Double.POSITIVE_INFINITY, true, false);
      accepted(atLeastZero, Double.POSITIVE_INFINITY, Float.POSITIVE_INFINITY, Long.MAX_VALUE);
      rejected(atLeastZero, Double.NEGATIVE_INFINITY, Float.NEGATIVE_INFINITY, -1);
    }

    @Test
    void comparesAsDoubles() {
      // 2^53 + 1 is not a double; as a double it is 2^53, which the bound accepts.
      long beyondDoublePrecision = (1L << 53) + 1;
      accepted(new Rule.NumberRange("x", 0, (double) (1L << 53)), beyondDoublePrecision);
      // A float 0.1f is 0.10000000149 as a double, above 0.1.
      rejected(new Rule.NumberRange("x", 0, 0.1), 0.1f);
      accepted(new Rule.NumberRange("x", 0, 0.1), 0.1, new BigDecimal("0.1"));
    }

    @Test
    void reportsTheValueAndTheRange() {
      assertEquals(
          new Violation("age", "range[0..150]", "age = 200 is outside range[0..150]"),
          inclusive.violation(200));
      assertEquals("x = NaN is outside range(0..1)", exclusive.violation(Double.NaN).message());
    }

    @Test
    void rejectsAValueOfTheWrongType() {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> inclusive.accepts("12"));
      assertTrue(
          e.getMessage().contains("range[0..150] on column age checks a number"), e::getMessage);
    }
  }

  @Nested
  class TemporalRangeRule {
    @Test
    void datesAreInclusiveAndOpenWhenEmpty() {
      Rule r = new Rule.TemporalRange("born", "2020-01-01", "2020-12-31");
      accepted(r, LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31), null);
      rejected(r, LocalDate.of(2019, 12, 31), LocalDate.of(2021, 1, 1));
      Rule from = new Rule.TemporalRange("born", "2020-01-01", "");
      accepted(from, LocalDate.MAX);
      rejected(from, LocalDate.MIN);
      Rule to = new Rule.TemporalRange("born", "", "2020-01-01");
      accepted(to, LocalDate.MIN);
      rejected(to, LocalDate.of(2020, 1, 2));
    }

    @Test
    void localDateTimes() {
      Rule r = new Rule.TemporalRange("t", "2020-01-01T10:00", "2020-01-01T11:00:00.5");
      accepted(
          r,
          LocalDateTime.of(2020, 1, 1, 10, 0),
          LocalDateTime.of(2020, 1, 1, 11, 0, 0, 500_000_000));
      rejected(r, LocalDateTime.of(2020, 1, 1, 9, 59, 59, 999_999_000));
      rejected(r, LocalDateTime.of(2020, 1, 1, 11, 0, 0, 500_001_000));
    }

    @Test
    void instants() {
      Rule r = new Rule.TemporalRange("seen", "2020-01-01T00:00:00Z", "");
      accepted(r, Instant.parse("2020-01-01T00:00:00Z"), Instant.MAX);
      rejected(r, Instant.parse("2019-12-31T23:59:59.999999Z"));
    }

    @Test
    void reportsTheValue() {
      Rule r = new Rule.TemporalRange("born", "2020-01-01", "");
      assertEquals(
          "born = 2019-12-31 is outside range[2020-01-01..]",
          r.violation(LocalDate.of(2019, 12, 31)).message());
      assertThrows(IllegalArgumentException.class, () -> r.accepts("2020-01-01"));
    }
  }

  @Nested
  class TimeRelativeRule {
    private final LocalDate today = LocalDate.now(ZoneOffset.UTC);
    private final Rule past = new Rule.TimeRelative("d", false, false);
    private final Rule pastOrPresent = new Rule.TimeRelative("d", false, true);
    private final Rule future = new Rule.TimeRelative("d", true, false);
    private final Rule futureOrPresent = new Rule.TimeRelative("d", true, true);

    @Test
    void datesCompareWithTodayInUtc() {
      accepted(past, today.minusDays(1), null);
      rejected(past, today, today.plusDays(1));
      accepted(pastOrPresent, today, today.minusDays(1));
      rejected(pastOrPresent, today.plusDays(1));
      accepted(future, today.plusDays(1));
      rejected(future, today, today.minusDays(1));
      accepted(futureOrPresent, today, today.plusDays(1));
      rejected(futureOrPresent, today.minusDays(1));
    }

    @Test
    void timesCompareWithNow() {
      Instant now = Instant.now();
      accepted(past, now.minus(1, ChronoUnit.HOURS));
      rejected(past, now.plus(1, ChronoUnit.HOURS));
      accepted(future, now.plus(1, ChronoUnit.HOURS));
      LocalDateTime utcNow = LocalDateTime.now(ZoneOffset.UTC);
      accepted(pastOrPresent, utcNow.minusMinutes(1));
      rejected(pastOrPresent, utcNow.plusHours(1));
      accepted(futureOrPresent, utcNow.plusHours(1));
    }

    @Test
    void reportsWhichSide() {
      assertEquals(
          "d = 2999-01-01 is not in the past", past.violation(LocalDate.of(2999, 1, 1)).message());
      assertEquals(
          "d = 2000-01-01 is not in the future or present",
          futureOrPresent.violation(LocalDate.of(2000, 1, 1)).message());
      assertEquals("futureOrPresent", futureOrPresent.name());
    }
  }

  @Nested
  class LengthRule {
    private final Rule rule = new Rule.Length("name", 2, 3);

    @Test
    void textCountsCodePoints() {
      accepted(rule, "ab", "abc", "😀😀", "😀😀😀", "日本", null);
      rejected(rule, "", "a", "😀", "abcd", "😀😀😀😀");
      // Four UTF-16 units, two code points.
      assertEquals(4, "😀😀".length());
    }

    @Test
    void collectionsCountElementsAndBinaryCountsBytes() {
      accepted(rule, List.of(1, 2), Set.of("a", "b", "c"), Map.of("a", 1, "b", 2), new byte[2]);
      rejected(rule, List.of(), List.of(1, 2, 3, 4), Map.of("a", 1), new byte[4], new byte[1]);
    }

    @Test
    void anOpenMaximumHasNoUpperLimit() {
      Rule atLeastOne = new Rule.Length("tags", 1, Integer.MAX_VALUE);
      assertEquals("length[1..]", atLeastOne.name());
      accepted(atLeastOne, "x".repeat(10_000));
      rejected(atLeastOne, "");
    }

    @Test
    void reportsTheLength() {
      assertEquals(
          "name = \"a\" has 1 character, outside length[2..3]", rule.violation("a").message());
      assertEquals(
          "name = [1, 2, 3, 4] has 4 elements, outside length[2..3]",
          rule.violation(List.of(1, 2, 3, 4)).message());
      assertEquals(
          "name = 0x00 has 1 byte, outside length[2..3]", rule.violation(new byte[1]).message());
      assertThrows(IllegalArgumentException.class, () -> rule.accepts(12));
    }
  }

  @Nested
  class NotBlankRule {
    private final Rule rule = new Rule.NotBlank("name");

    @Test
    void needsOneNonWhitespaceCharacter() {
      accepted(rule, "a", "  a  ", "\u00a0", "😀", null);
      rejected(rule, "", " ", "\t\n\r\f\u000b");
    }

    @Test
    void reportsTheBlankValueEscaped() {
      assertEquals(
          new Violation("name", "notBlank", "name = \"  \" is blank"), rule.violation("  "));
      assertEquals("name = \"\\t\\n\" is blank", rule.violation("\t\n").message());
    }
  }

  @Nested
  class PatternRule {
    @Test
    void findsTheRegexAnywhere() {
      Rule digits = new Rule.Pattern("code", "[0-9]{3}");
      accepted(digits, "123", "ab123cd", null);
      rejected(digits, "12", "", "ab12c");
      Rule anchored = new Rule.Pattern("code", "^[0-9]{3}$");
      accepted(anchored, "123");
      rejected(anchored, "ab123", "1234");
    }

    @Test
    void reportsTheRegexAndTruncatesLongValues() {
      Rule digits = new Rule.Pattern("code", "^[0-9]+$");
      assertEquals(
          "code = \"x1\" does not match pattern[^[0-9]+$]", digits.violation("x1").message());
      String message = digits.violation("y".repeat(100)).message();
      assertEquals("code = \"" + "y".repeat(59) + "… does not match pattern[^[0-9]+$]", message);
    }
  }

  @Nested
  class EmailRule {
    private final Rule rule = new Rule.Email("email");

    @Test
    void acceptsAddresses() {
      accepted(
          rule,
          "ada@example.org",
          "a.b+c@x-y.example",
          "x@localhost",
          "!#$%&'*+/=?^_`{|}~@a",
          null);
    }

    @Test
    void rejectsNonAddresses() {
      rejected(
          rule,
          "",
          "ada",
          "ada@",
          "@example.org",
          "a b@example.org",
          "ada@-x.org",
          "ada@x..org",
          "a@b@c");
      assertEquals("email = \"ada\" is not an e-mail address", rule.violation("ada").message());
    }
  }

  @Nested
  class OneOfRule {
    @Test
    void textAndEnumsAndBooleans() {
      Rule colors = new Rule.OneOf("c", List.of("RED", "BLUE"));
      accepted(colors, "RED", Color.RED, null);
      rejected(colors, "red", "GREEN", Color.GREEN, "");
      Rule yes = new Rule.OneOf("b", List.of("true"));
      accepted(yes, true, "true");
      rejected(yes, false, "TRUE");
    }

    @Test
    void integralNumbersByNumericValue() {
      Rule small = new Rule.OneOf("n", List.of("1", "2", "+3", "04"));
      accepted(small, 1, 2L, (short) 3, (byte) 4, 4);
      rejected(small, 0, 5L, -1);
      accepted(new Rule.OneOf("n", List.of("9223372036854775807")), Long.MAX_VALUE);
      rejected(new Rule.OneOf("n", List.of("9223372036854775807")), Long.MAX_VALUE - 1);
    }

    @Test
    void decimalsByValueWhateverTheScale() {
      Rule r = new Rule.OneOf("d", List.of("1.5", "2"));
      accepted(r, new BigDecimal("1.50"), new BigDecimal("2.000"));
      rejected(r, new BigDecimal("1.51"));
    }

    @Test
    void doublesAsSparkComparesThem() {
      Rule r = new Rule.OneOf("d", List.of("0.1", "0", "NaN", "Infinity"));
      accepted(r, 0.1, 0.0, -0.0, Double.NaN, Double.POSITIVE_INFINITY, Float.NaN, 0.0f);
      rejected(r, 0.2, Double.NEGATIVE_INFINITY, 0.1f);
    }

    @Test
    void reportsTheValue() {
      Rule r = new Rule.OneOf("status", List.of("A", "B"));
      assertEquals(
          new Violation("status", "oneOf[A, B]", "status = \"X\" is not one of [A, B]"),
          r.violation("X"));
      assertEquals("status = GREEN is not one of [A, B]", r.violation(Color.GREEN).message());
      assertThrows(IllegalArgumentException.class, () -> r.accepts(LocalDate.EPOCH));
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> r.accepts(3));
      assertTrue(e.getMessage().contains("lists \"A\", which is not a number"), e::getMessage);
    }
  }

  @Nested
  class RulesOverSeveralRows {
    @Test
    void acceptEveryValue() {
      List<Rule> rules =
          List.of(
              new Rule.Unique("id"),
              new Rule.RowCheck("adult", JavaChecksTest::neverCalled),
              new Rule.DatasetLevel("rows", JavaChecksTest::neverCalled));
      for (Rule r : rules) {
        assertAll(
            () -> assertFalse(r.checksOneValue()),
            () -> assertTrue(r.accepts(null)),
            () -> assertTrue(r.accepts(1)),
            () -> assertTrue(r.accepts("x")));
      }
      assertEquals("id = 7 occurs in more than one row", rules.get(0).violation(7).message());
      assertEquals("the row breaks adult", rules.get(1).violation(new Address("1")).message());
    }

    @Test
    void singleValueRulesSaySo() {
      assertTrue(new Rule.NotNull("a").checksOneValue());
      assertTrue(new Rule.Email("a").checksOneValue());
    }
  }

  @Test
  void valuesInMessagesAreReadable() {
    Rule r = new Rule.NotNull("x");
    assertEquals(
        "x = 0x0aff has 2 bytes, outside length[0..1]",
        new Rule.Length("x", 0, 1).violation(new byte[] {10, -1}).message());
    assertEquals("x = \"😀\" is blank", new Rule.NotBlank("x").violation("😀").message());
    assertEquals("notNull", r.name());
  }
}
