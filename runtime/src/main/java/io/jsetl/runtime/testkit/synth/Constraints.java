package io.jsetl.runtime.testkit.synth;

import io.jsetl.dsl.Rule;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a column's rules ask of a value, in the form the generators steer by. Generators only aim:
 * every candidate is then checked with the rules' own Java backend, which has the last word.
 *
 * @param numbers where numbers must lie
 * @param time where dates and times must lie
 * @param minLength least length (code points, elements or bytes)
 * @param maxLength greatest length
 * @param notBlank text needs a non-whitespace character
 * @param blank text must be whitespace only (to break {@code NotBlank})
 * @param regexes regexes text must contain a match of ({@code Pattern} and {@code Email})
 * @param oneOf the values allowed, as text, or null for any
 */
record Constraints(
    NumberBounds numbers,
    TimeBounds time,
    int minLength,
    int maxLength,
    boolean notBlank,
    boolean blank,
    List<String> regexes,
    @Nullable List<String> oneOf) {

  static final Constraints NONE =
      new Constraints(
          NumberBounds.ALL, TimeBounds.ALL, 0, Integer.MAX_VALUE, false, false, List.of(), null);

  Constraints {
    regexes = List.copyOf(regexes);
    oneOf = oneOf == null ? null : List.copyOf(oneOf);
  }

  /** What {@code rules}, all about one column of type {@code type}, ask together. */
  static Constraints of(List<Rule> rules, ColumnType type) {
    Constraints c = NONE;
    List<String> regexes = new ArrayList<>();
    for (Rule r : rules) {
      if (r instanceof Rule.NumberRange n) {
        c = c.withNumbers(c.numbers.and(NumberBounds.of(n)));
      } else if (r instanceof Rule.TemporalRange t && type instanceof ColumnType.Scalar s) {
        c = c.withTime(c.time.and(TimeBounds.of(t, s.kind())));
      } else if (r instanceof Rule.TimeRelative t) {
        c = c.withTime(c.time.and(TimeBounds.of(t)));
      } else if (r instanceof Rule.Length l) {
        c = c.withLength(Math.max(c.minLength, l.min()), Math.min(c.maxLength, l.max()));
      } else if (r instanceof Rule.NotBlank) {
        c =
            new Constraints(
                c.numbers, c.time, c.minLength, c.maxLength, true, c.blank, c.regexes, c.oneOf);
      } else if (r instanceof Rule.Pattern p) {
        regexes.add(p.regex());
      } else if (r instanceof Rule.Email) {
        regexes.add(Rule.Email.REGEX);
      } else if (r instanceof Rule.OneOf o) {
        List<String> allowed = new ArrayList<>(o.values());
        if (c.oneOf != null) {
          allowed.retainAll(c.oneOf);
        }
        c = c.withOneOf(allowed);
      }
    }
    return c.withRegexes(regexes);
  }

  Constraints withNumbers(NumberBounds n) {
    return new Constraints(n, time, minLength, maxLength, notBlank, blank, regexes, oneOf);
  }

  Constraints withTime(TimeBounds t) {
    return new Constraints(numbers, t, minLength, maxLength, notBlank, blank, regexes, oneOf);
  }

  Constraints withLength(int min, int max) {
    return new Constraints(numbers, time, min, max, notBlank, blank, regexes, oneOf);
  }

  Constraints withRegexes(List<String> r) {
    return new Constraints(numbers, time, minLength, maxLength, notBlank, blank, r, oneOf);
  }

  Constraints withOneOf(@Nullable List<String> values) {
    return new Constraints(numbers, time, minLength, maxLength, notBlank, blank, regexes, values);
  }

  /** Whitespace-only text, for breaking {@code NotBlank}. */
  Constraints asBlank() {
    return new Constraints(numbers, time, minLength, maxLength, false, true, regexes, oneOf);
  }

  /** Whether a length rule bounds the value. */
  boolean lengthBounded() {
    return minLength > 0 || maxLength < Integer.MAX_VALUE;
  }
}
