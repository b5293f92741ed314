package io.jsetl.runtime.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jsetl.dsl.Rule;
import io.jsetl.dsl.RuleSet;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Rows that break one chosen rule, and that rule only. */
class SynthBreakingTest {
  private static final Synth<Person> PEOPLE = Synth.of(Person_.RULES);
  private static final List<Rule> RULES = Person_.RULES.rules();

  /** Every rule on one value, and every Unique: each gets rows that break it and nothing else. */
  @TestFactory
  List<DynamicTest> everyRowBreaksTheChosenRuleOnly() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Rule rule : RULES) {
      if (rule.checksOneValue() || rule instanceof Rule.Unique) {
        tests.add(
            DynamicTest.dynamicTest(rule.column() + ": " + rule.name(), () -> breaksOnly(rule)));
      }
    }
    assertEquals(38, tests.size());
    return tests;
  }

  private static void breaksOnly(Rule rule) {
    List<Person> rows = PEOPLE.breaking(rule, 40, 11L);
    assertEquals(40, rows.size());
    for (Person p : rows) {
      List<Rule> expected = rule instanceof Rule.Unique ? List.of() : withImpliedRules(rule);
      assertEquals(expected, Rows.broken(p, RULES), () -> Rows.deep(p));
    }
    for (Rule unique : List.of(Person_.ID_UNIQUE, Person_.CODE_UNIQUE)) {
      Map<Object, Long> counts =
          rows.stream()
              .map(p -> Rows.valueAt(p, unique.column()))
              .filter(Objects::nonNull)
              .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
      if (unique.equals(rule)) {
        assertTrue(counts.values().stream().allMatch(n -> n >= 2), counts::toString);
      } else {
        assertTrue(counts.values().stream().allMatch(n -> n == 1), counts::toString);
      }
    }
  }

  /** A null record has null columns: breaking {@code home}'s NotNull breaks its columns' too. */
  private static List<Rule> withImpliedRules(Rule rule) {
    if (!(rule instanceof Rule.NotNull)) {
      return List.of(rule);
    }
    return RULES.stream()
        .filter(
            r ->
                r.equals(rule)
                    || (r instanceof Rule.NotNull && r.column().startsWith(rule.column() + ".")))
        .toList();
  }

  @Test
  void rangeBreakersIncludeTheBoundaryAndSpecialValues() {
    Set<Double> scores =
        PEOPLE.breaking(Person_.SCORE_RANGE, 300, 5L).stream()
            .map(Person::score)
            .collect(Collectors.toSet());
    assertTrue(scores.contains(0.0), "the exclusive lower bound itself");
    assertTrue(scores.contains(Double.NaN), "NaN, larger than every number");
    assertTrue(scores.stream().anyMatch(s -> s > 1 && s < 2), "just above the upper bound");
    assertTrue(
        scores.contains(Double.POSITIVE_INFINITY) || scores.contains(Double.NEGATIVE_INFINITY));
    Set<Integer> ages =
        PEOPLE.breaking(Person_.AGE_RANGE, 300, 5L).stream()
            .map(Person::age)
            .collect(Collectors.toSet());
    assertTrue(ages.contains(-1) && ages.contains(151), ages::toString);
  }

  @Test
  void patternBreakersAreOftenNearMisses() {
    List<String> codes =
        PEOPLE.breaking(Person_.CODE_PATTERN, 100, 5L).stream().map(Person::code).toList();
    assertTrue(codes.stream().anyMatch(c -> c.length() == 6), codes::toString);
    assertTrue(codes.stream().anyMatch(c -> c.matches("[A-Z]{2}-?\\d{0,3}")), codes::toString);
  }

  @Test
  void timeBreakersLieOnTheOtherSideOfNowOrTheBound() {
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    assertTrue(
        PEOPLE.breaking(Person_.BORN_PAST, 50, 5L).stream().allMatch(p -> p.born().isAfter(today)));
    List<LocalDate> early =
        PEOPLE.breaking(Person_.BORN_FROM, 100, 5L).stream().map(Person::born).toList();
    assertTrue(early.stream().allMatch(d -> d.isBefore(LocalDate.of(1900, 1, 1))));
    assertTrue(early.contains(LocalDate.of(1899, 12, 31)), early::toString);
    Rule wake = RULES.stream().filter(r -> r.column().equals("wake")).findFirst().orElseThrow();
    assertTrue(
        PEOPLE.breaking(wake, 50, 5L).stream()
            .allMatch(p -> p.wake().isBefore(LocalDateTime.now(ZoneOffset.UTC))));
  }

  @Test
  void theSameSeedBreaksTheSameWay() {
    Function<List<Person>, List<String>> deep = rows -> rows.stream().map(Rows::deep).toList();
    assertEquals(
        deep.apply(PEOPLE.breaking(Person_.EMAIL, 30, 9L)),
        deep.apply(Synth.of(Person_.RULES).breaking(Person_.EMAIL, 30, 9L)));
  }

  @Test
  void rowAndDatasetChecksCannotBeSynthesized() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> PEOPLE.breaking(Person_.ADULT, 1, 1L));
    assertEquals(
        "Synth cannot make rows that break adult: it is a row check, a Spark expression that Synth"
            + " cannot read. Build such rows by hand, e.g. from synth.valid(n, seed) with one"
            + " component changed.",
        e.getMessage());
    Rule rows = RULES.get(RULES.size() - 1);
    assertTrue(
        assertThrows(IllegalArgumentException.class, () -> PEOPLE.breaking(rows, 1, 1L))
            .getMessage()
            .contains("it is a dataset check"));
  }

  @Test
  void theRuleMustBeOneOfTheRecords() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> PEOPLE.breaking(new Rule.NumberRange("age", 0, 99), 1, 1L));
    assertTrue(
        e.getMessage()
            .startsWith(
                "Rule range[0..99] on column age is not one of the rules of Person;"
                    + " pass one of its RULES.rules(): [id: unique, name: notNull,"),
        e.getMessage());
  }

  @Test
  void uniqueNeedsTwoRows() {
    assertEquals(
        "Breaking unique on column id needs duplicates, so at least two rows; ask for n >= 2.",
        assertThrows(
                IllegalArgumentException.class, () -> PEOPLE.breaking(Person_.ID_UNIQUE, 1, 1L))
            .getMessage());
  }

  public record Small(byte b, int n) {}

  @Test
  void aRuleThatEveryValueSatisfiesCannotBeBroken() {
    Rule whole = new Rule.NumberRange("b", -128, 127);
    Rule notNull = new Rule.NotNull("n");
    Synth<Small> small = Synth.of(RuleSet.of(Small.class, whole, notNull));
    assertEquals(
        "Synth cannot make a value of column b (byte) that breaks range[-128..127]: every value of"
            + " that type satisfies it. Choose another rule to break.",
        assertThrows(IllegalArgumentException.class, () -> small.breaking(whole, 3, 1L))
            .getMessage());
    assertEquals(
        "Synth cannot make a value of column n (int) that breaks notNull: every value of that type"
            + " satisfies it. Choose another rule to break.",
        assertThrows(IllegalArgumentException.class, () -> small.breaking(notNull, 3, 1L))
            .getMessage());
  }

  public record Tagged(String tag, String note) {}

  @Test
  void whereTheOtherRulesLeaveNoBreakingValueTheRowBreaksThemToo() {
    // Every blank string fails the pattern as well: "where possible" ends there.
    Rule blank = new Rule.NotBlank("tag");
    Rule letters = new Rule.Pattern("tag", "^[a-z]+$");
    Synth<Tagged> tagged = Synth.of(RuleSet.of(Tagged.class, blank, letters));
    for (Tagged t : tagged.breaking(blank, 20, 1L)) {
      assertTrue(t.tag().isBlank());
      assertEquals(List.of(blank, letters), Rows.broken(t, List.of(blank, letters)));
    }
  }
}
