package io.jsetl.runtime.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jsetl.dsl.Rule;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Synth's jqwik arbitraries in properties: valid rows hold every rule, breakers break theirs. */
class SynthPropertiesTest {
  private static final Synth<Person> PEOPLE = Synth.of(Person_.RULES);

  /** A rule and a row drawn to break it. */
  record Broken(Rule rule, Person row) {}

  @Provide
  Arbitrary<Person> people() {
    return PEOPLE.arbitrary();
  }

  @Provide
  Arbitrary<Broken> broken() {
    List<Rule> breakable = Person_.RULES.rules().stream().filter(Rule::checksOneValue).toList();
    return Arbitraries.of(breakable)
        .flatMap(rule -> PEOPLE.arbitraryBreaking(rule).map(row -> new Broken(rule, row)));
  }

  @Provide
  Arbitrary<Person> peopleWithGivenNames() {
    return PEOPLE.with("name", Arbitraries.of("Ada", "Bo", " ", "")).arbitrary();
  }

  @Property(tries = 200, seed = "20260401")
  void validRowsHoldEveryRule(@ForAll("people") Person p) {
    assertEquals(List.of(), Rows.broken(p, Person_.RULES.rules()));
  }

  @Property(tries = 300, seed = "20260402")
  void breakingRowsBreakTheirRule(@ForAll("broken") Broken b) {
    List<Rule> broken = Rows.broken(b.row(), Person_.RULES.rules());
    assertTrue(broken.contains(b.rule()), () -> b.rule() + " holds in " + Rows.deep(b.row()));
    assertTrue(
        broken.stream()
            .allMatch(r -> r.equals(b.rule()) || r.column().startsWith(b.rule().column() + ".")),
        broken::toString);
  }

  @Property(tries = 50, seed = "20260403")
  void givenValuesAreUsedInProperties(@ForAll("peopleWithGivenNames") Person p) {
    assertTrue(List.of("Ada", "Bo").contains(p.name()), p.name());
  }

  @Example
  void oneRowCannotBreakUnique() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> PEOPLE.arbitraryBreaking(Person_.ID_UNIQUE));
    assertEquals(
        "One row cannot break unique on column id: duplicates need two rows. Use"
            + " synth.breaking(rule, n, seed), where every value of the column occurs at least"
            + " twice.",
        e.getMessage());
  }
}
