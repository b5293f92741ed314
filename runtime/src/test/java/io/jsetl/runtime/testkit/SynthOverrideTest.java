package io.jsetl.runtime.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jsetl.dsl.Rule;
import io.jsetl.dsl.RuleSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import org.junit.jupiter.api.Test;

/** {@code Synth.with}: a column's values from a jqwik Arbitrary, still checked by the rules. */
class SynthOverrideTest {
  public record Coded(String code, int rank) {}

  private static final Rule REPEATED = new Rule.Pattern("code", "^(\\w+)\\1$");
  private static final RuleSet<Coded> CODED =
      RuleSet.of(
          Coded.class,
          new Rule.NotNull("code"),
          REPEATED,
          new Rule.Unique("code"),
          new Rule.NumberRange("rank", 1, 5));

  @Test
  void aRegexBeyondTheGeneratorAsksForValues() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Synth.of(CODED).valid(1, 1L));
    assertEquals(
        "Synth cannot generate strings for column code: its pattern ^(\\w+)\\1$ uses \\1 (a"
            + " back-reference), which the generator does not support. Give the column's values:"
            + " synth.with(\"code\", arbitrary).",
        e.getMessage());
  }

  @Test
  void givenValuesFillTheColumnWhenTheRulesAcceptThem() {
    // Outside any jqwik property: Synth opens a jqwik session for the draws itself.
    Synth<Coded> synth =
        Synth.of(CODED)
            .with("code", Arbitraries.strings().withChars("abc").ofLength(2).map(s -> s + s))
            .with("rank", Arbitraries.integers().between(-10, 10));
    List<Coded> rows = synth.valid(9, 1L);
    assertEquals(
        Set.of("aaaa", "abab", "acac", "baba", "bbbb", "bcbc", "caca", "cbcb", "cccc"),
        rows.stream().map(Coded::code).collect(Collectors.toSet()));
    assertTrue(rows.stream().allMatch(c -> c.rank() >= 1 && c.rank() <= 5), rows::toString);
    assertEquals(
        rows.stream().map(Rows::deep).toList(),
        synth.valid(9, 1L).stream().map(Rows::deep).toList(),
        "deterministic for a seed");
  }

  @Test
  void valuesTheRulesRejectAreSkippedAndNamedWhenNoneIsLeft() {
    Synth<Coded> synth = Synth.of(CODED).with("code", Arbitraries.of("abab", "xyz"));
    assertEquals(List.of("abab"), synth.valid(1, 1L).stream().map(Coded::code).toList());
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> synth.valid(2, 1L));
    assertEquals(
        "Synth found no valid value for column code (string) in 1000 tries under its rules [code:"
            + " notNull, code: pattern[^(\\w+)\\1$], code: unique]. The values given with"
            + " Synth.with were rejected, e.g. code = \"xyz\" does not match pattern[^(\\w+)\\1$]."
            + " Loosen the rules, or give the column's values: synth.with(\"code\", arbitrary).",
        e.getMessage());
  }

  @Test
  void breakingAPatternStartsFromTheGivenValues() {
    Synth<Coded> synth = Synth.of(CODED).with("code", Arbitraries.of("abab"));
    List<Coded> rows = synth.breaking(REPEATED, 30, 2L);
    assertTrue(rows.stream().noneMatch(c -> REPEATED.accepts(c.code())));
    assertTrue(rows.stream().anyMatch(c -> c.code().length() == 4), rows::toString);
    assertTrue(rows.stream().anyMatch(c -> c.code().startsWith("aba")), rows::toString);
  }

  @Test
  void onlyColumnsOfTheRecordCanBeGiven() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Synth.of(CODED).with("kode", Arbitraries.just("x")));
    assertEquals(
        "Synth.with: Coded has no column kode; its columns are [code, rank].", e.getMessage());
  }
}
