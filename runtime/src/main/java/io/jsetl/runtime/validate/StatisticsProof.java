package io.jsetl.runtime.validate;

import io.jsetl.dsl.Rule;
import io.jsetl.dsl.RuleSet;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which rules the files' statistics decide for every row, with the semantics stated on {@link Rule}:
 * a {@code notNull} when no row group holds a null; a number range when every row group's minimum
 * and maximum are inside it (nulls pass a range); a date range likewise; a rule on text ({@code
 * oneOf}, {@code length}, {@code notBlank}, {@code pattern}, {@code email}) when every distinct value
 * of a dictionary-encoded column passes it, checked by the Java backend ({@link Rule#accepts}, which
 * a property test holds to the Spark backend's verdicts). Parquet leaves NaN out of a float column's
 * minimum and maximum, and NaN breaks an upper bound: such a range is decided except for NaN, and
 * only {@code isnan} is left to check per row.
 */
final class StatisticsProof {
  /** What the statistics say of a rule. */
  enum Outcome {
    /** No row can break it: it is not evaluated. */
    HOLDS,
    /** Only a NaN can break it: only {@code isnan} is evaluated. */
    HOLDS_UNLESS_NAN,
    /** The statistics do not decide it: it is evaluated on every row. */
    UNKNOWN
  }

  private StatisticsProof() {}

  static Outcome of(Rule rule, FileStatistics statistics) {
    if (rule.column().contains(".")) {
      return Outcome.UNKNOWN; // nested columns: statistics are read for top-level ones only
    }
    FileStatistics.Summary s = statistics.column(rule.column());
    if (s == null) {
      return Outcome.UNKNOWN;
    }
    if (rule instanceof Rule.NotNull) {
      return s.nullsKnown() && s.nulls() == 0 ? Outcome.HOLDS : Outcome.UNKNOWN;
    } else if (rule instanceof Rule.NumberRange r) {
      return numberRange(r, s);
    } else if (rule instanceof Rule.TemporalRange r) {
      return dateRange(r, s);
    } else if (onText(rule) && s.values() != null) {
      return s.values().stream().allMatch(rule::accepts) ? Outcome.HOLDS : Outcome.UNKNOWN;
    }
    return Outcome.UNKNOWN;
  }

  /** The top-level columns whose distinct values could decide a rule: those of rules on text. */
  static Set<String> dictionaryColumns(RuleSet<?> rules) {
    Set<String> columns = new TreeSet<>();
    for (Rule rule : rules.rules()) {
      if (onText(rule) && !rule.column().contains(".")) {
        columns.add(rule.column());
      }
    }
    return columns;
  }

  private static boolean onText(Rule rule) {
    return rule instanceof Rule.OneOf
        || rule instanceof Rule.Length
        || rule instanceof Rule.NotBlank
        || rule instanceof Rule.Pattern
        || rule instanceof Rule.Email;
  }

  private static Outcome numberRange(Rule.NumberRange r, FileStatistics.Summary s) {
    if (!s.rangeKnown()) {
      return Outcome.UNKNOWN;
    }
    if (!s.allNull()) {
      if (!(s.min() instanceof Double min) || !(s.max() instanceof Double max)) {
        return Outcome.UNKNOWN;
      }
      boolean lower = Double.isInfinite(r.min()) || (r.minInclusive() ? min >= r.min() : min > r.min());
      boolean upper = Double.isInfinite(r.max()) || (r.maxInclusive() ? max <= r.max() : max < r.max());
      if (!lower || !upper) {
        return Outcome.UNKNOWN;
      }
    }
    // NaN passes a lower bound and breaks an upper one (see Rule.NumberRange).
    boolean nanBreaks = s.floating() && !Double.isInfinite(r.max());
    return nanBreaks ? Outcome.HOLDS_UNLESS_NAN : Outcome.HOLDS;
  }

  private static Outcome dateRange(Rule.TemporalRange r, FileStatistics.Summary s) {
    if (!s.rangeKnown()) {
      return Outcome.UNKNOWN;
    }
    if (s.allNull()) {
      return Outcome.HOLDS;
    }
    if (!(s.min() instanceof LocalDate min) || !(s.max() instanceof LocalDate max)) {
      return Outcome.UNKNOWN;
    }
    try {
      boolean lower = r.from().isEmpty() || !min.isBefore(LocalDate.parse(r.from()));
      boolean upper = r.to().isEmpty() || !max.isAfter(LocalDate.parse(r.to()));
      return lower && upper ? Outcome.HOLDS : Outcome.UNKNOWN;
    } catch (java.time.format.DateTimeParseException e) {
      return Outcome.UNKNOWN; // a bound of a time type: the column is not a date
    }
  }
}
