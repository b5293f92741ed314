package io.jsetl.runtime.testkit.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jsetl.dsl.Rule;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The regex subset the generator handles writes strings that the regex finds; the rest is refused.
 */
class RegexParserTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "abc",
        "^[A-Z]{2}-\\d{3}$",
        "^\\d{5}(-\\d{4})?$",
        "^[^@\\s]+@[^@\\s]+\\.[a-z]{2,6}$",
        "(cat|dog|bird)s?",
        "^(?:[01]\\d|2[0-3]):[0-5]\\d$",
        "^\\w+\\s\\w+$",
        "^[\\w.-]+$",
        "^\\S+$",
        "\\D\\W",
        "x*y+z?",
        "^a{2,}b{0,3}c{1}$",
        "^.{3,8}$",
        "[a-c[x-z]]+",
        "[-_a]{3}",
        "[a-]",
        "^\\p{Upper}\\p{Lower}+$",
        "\\p{Alpha}\\P{Digit}\\p{IsAlphabetic}",
        "^\\Qa.b*c\\E$",
        "\\x41\\u00e9\\t",
        "(?i)^hello$",
        "(?i:ab)c",
        "(?<year>\\d{4})-(?<month>\\d{2})",
        "^a*?b+?c??d*+$",
        "\\bword\\b",
        "\\Astart.*end\\z",
        "\\.\\$\\^\\(\\)\\[\\]\\{\\}\\|\\\\",
        "[^a-zA-Z0-9]",
        "",
        Rule.Email.REGEX
      })
  void writesStringsTheRegexFinds(String regex) {
    RegexNode node = RegexParser.parse(regex);
    Pattern p = Pattern.compile(regex);
    Random random = new Random(1);
    for (int i = 0; i < 300; i++) {
      StringBuilder out = new StringBuilder();
      node.emit(random, i % 2 == 0 ? 3 : 20, out);
      String s = out.toString();
      assertTrue(p.matcher(s).find(), () -> regex + " does not find " + s);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"^[a-z]{3}$", "(a|b|c)", "x*", "\\d\\d", "[^a-z]"})
  void variesWhatItWrites(String regex) {
    RegexNode node = RegexParser.parse(regex);
    Random random = new Random(2);
    Set<String> distinct = new HashSet<>();
    for (int i = 0; i < 50; i++) {
      StringBuilder out = new StringBuilder();
      node.emit(random, 3, out);
      distinct.add(out.toString());
    }
    assertTrue(distinct.size() >= 3, distinct::toString);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "(a)\\1|\\1 (a back-reference)",
        "a(?=b)|look-around or atomic groups ((?=, (?!, (?<=, (?<!, (?>)",
        "(?<!a)b|look-around or atomic groups ((?=, (?!, (?<=, (?<!, (?>)",
        "[a-z&&[^aeiou]]|class intersection (&&)",
        "\\p{IsLatin}|\\p{IsLatin}",
        "(?x) a b|the comments flag (?x)",
        "(?<name>a)\\k<name>|\\k",
        "\\R|\\R",
      })
  void refusesWhatItCannotGenerate(String regex, String construct) {
    Pattern.compile(regex); // a valid regex, only beyond the generator
    RegexParser.Unsupported e =
        assertThrows(RegexParser.Unsupported.class, () -> RegexParser.parse(regex));
    assertEquals(construct, e.getMessage());
    assertEquals(regex, e.regex());
  }
}
