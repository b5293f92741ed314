package io.jsetl.runtime.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jsetl.dsl.Rule;
import io.jsetl.dsl.RuleSet;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Valid rows: every rule on one value holds, keys are distinct, nulls only where allowed. */
class SynthValidTest {
  private static final Synth<Person> PEOPLE = Synth.of(Person_.RULES);
  private static final List<Person> ROWS = PEOPLE.valid(500, 42L);

  @Test
  void everyRowSatisfiesEveryRuleOnOneValue() {
    assertEquals(500, ROWS.size());
    for (Person p : ROWS) {
      assertEquals(List.of(), Rows.broken(p, Person_.RULES.rules()), () -> Rows.deep(p));
    }
  }

  @Test
  void uniqueColumnsHoldDistinctValues() {
    assertEquals(500, ROWS.stream().map(Person::id).distinct().count());
    assertEquals(500, ROWS.stream().map(Person::code).distinct().count());
  }

  @Test
  void nullableColumnsHoldSomeNullsAndOthersNone() {
    assertTrue(ROWS.stream().anyMatch(p -> p.email() == null));
    assertTrue(ROWS.stream().anyMatch(p -> p.email() != null));
    assertTrue(ROWS.stream().anyMatch(p -> p.work() == null));
    assertTrue(ROWS.stream().anyMatch(p -> p.work() != null && p.work().street() == null));
    assertTrue(ROWS.stream().anyMatch(p -> p.level() == null));
    for (Person p : ROWS) {
      assertTrue(p.name() != null && p.home() != null && p.home().zip() != null);
      p.history().forEach(a -> assertTrue(a.street() != null && a.zip() != null));
      assertTrue(p.tags().stream().allMatch(Objects::nonNull));
    }
  }

  @Test
  void inclusiveBoundsAreAmongTheValues() {
    Set<Integer> ages = ROWS.stream().map(Person::age).collect(Collectors.toSet());
    assertTrue(ages.contains(0) && ages.contains(150), ages::toString);
    assertTrue(ROWS.stream().anyMatch(p -> p.score() == 1.0));
    assertTrue(ROWS.stream().allMatch(p -> p.score() > 0.0));
    assertTrue(ROWS.stream().allMatch(p -> p.small() < 0));
  }

  @Test
  void valuesLookLikeTheirColumns() {
    for (Person p : ROWS) {
      assertTrue(p.code().matches("[A-Z]{2}-\\d{3}"), p.code());
      assertTrue(p.email() == null || p.email().matches("[a-z0-9]+@[a-z0-9]+\\.[a-z]+"), p.email());
      assertTrue(p.balance().scale() == 2, p.balance()::toPlainString);
      assertTrue(p.born().isBefore(LocalDate.of(2020, 1, 1)), p.born()::toString);
      assertTrue(p.payload().length >= 2 && p.payload().length <= 4);
    }
    Map<Person.Status, Long> statuses =
        ROWS.stream().collect(Collectors.groupingBy(Person::status, Collectors.counting()));
    assertEquals(Set.of(Person.Status.ACTIVE, Person.Status.MOVED), statuses.keySet());
  }

  @Test
  void theSameSeedGivesTheSameRows() {
    Function<List<Person>, List<String>> deep = rows -> rows.stream().map(Rows::deep).toList();
    assertEquals(
        deep.apply(PEOPLE.valid(50, 7L)), deep.apply(Synth.of(Person_.RULES).valid(50, 7L)));
    assertNotEquals(deep.apply(PEOPLE.valid(50, 7L)), deep.apply(PEOPLE.valid(50, 8L)));
    assertEquals(List.of(), PEOPLE.valid(0, 1L));
  }

  public record Renamed(String name, @org.jspecify.annotations.Nullable String email, Inner inner) {
    public record Inner(String code) {}
  }

  @Test
  void rulesNameColumnsAsSparkDoes() {
    RuleSet<Renamed> rules =
        RuleSet.of(
            Renamed.class,
            List.of("full_name", "e_mail", "inner"),
            new Rule.NotNull("full_name"),
            new Rule.Pattern("full_name", "^X[0-9]$"),
            new Rule.Email("e_mail"),
            new Rule.NotNull("inner"),
            new Rule.NotNull("inner.code"),
            new Rule.OneOf("inner.code", List.of("a", "b")));
    for (Renamed r : Synth.of(rules).valid(100, 3L)) {
      assertTrue(r.name().matches("X[0-9]"), r.name());
      assertTrue(r.email() == null || new Rule.Email("e").accepts(r.email()), r.email());
      assertTrue(Set.of("a", "b").contains(r.inner().code()), r.inner()::toString);
    }
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Synth.of(RuleSet.of(Renamed.class, new Rule.NotNull("full_name"))));
    assertEquals(
        "Rule notNull names column full_name, which Renamed does not have; its columns are [name,"
            + " email, inner, inner.code]. Name columns as Spark does (the @Column name), nested"
            + " ones dotted: address.zip.",
        e.getMessage());
  }

  public record Keys(byte key, BigDecimal amount) {}

  @Test
  void keysFillANarrowRangeAndThenSaySo() {
    Synth<Keys> keys =
        Synth.of(
            RuleSet.of(
                Keys.class,
                new Rule.Unique("key"),
                new Rule.NumberRange("key", 0, 10),
                new Rule.NotNull("amount"),
                new Rule.NumberRange("amount", 0.001, 0.002)));
    List<Keys> eleven = keys.valid(11, 1L);
    assertEquals(
        Set.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10),
        eleven.stream().map(k -> (int) k.key()).collect(Collectors.toSet()));
    assertTrue(
        eleven.stream()
            .allMatch(k -> k.amount().doubleValue() >= 0.001 && k.amount().doubleValue() <= 0.002));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> keys.valid(12, 1L));
    assertEquals(
        "Synth found no valid value for column key (byte) in 1000 tries under its rules [key:"
            + " unique, key: range[0..10]]. The column is unique: the rules may allow fewer"
            + " distinct values than rows. Loosen the rules, or give the column's values:"
            + " synth.with(\"key\", arbitrary).",
        e.getMessage());
  }

  @Test
  void everyScalarTypeHonoursOpenAndClosedBounds() {
    Set<String> seenKinds = new HashSet<>();
    for (Person p : ROWS) {
      assertTrue(p.drift() >= -1f && p.drift() <= 1f);
      assertTrue(p.tiny() >= 0 && p.tiny() <= 10);
      assertTrue(p.ratio() == null || p.ratio() >= 0);
      assertTrue(p.level() == null || Set.of(1, 2, 3).contains(p.level()));
      assertTrue(p.flag() == null || p.flag());
      seenKinds.add(p.seen() == null ? "null seen" : "seen");
      seenKinds.add(p.wake() == null ? "null wake" : "wake");
    }
    assertEquals(Set.of("null seen", "seen", "null wake", "wake"), seenKinds);
  }
}
