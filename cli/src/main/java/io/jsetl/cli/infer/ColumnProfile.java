package io.jsetl.cli.infer;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the profiling job saw of one column, or of one field of a struct column.
 *
 * @param present rows where the column exists: every row, or for a struct's field the rows where
 *     the struct is not null (a field of a null struct is not a null field)
 * @param nonNull rows where it is not null
 * @param numbers smallest and largest value of a number column, when one was seen
 * @param times earliest and latest value of a date or time column, when one was seen
 * @param maxLength longest string, in code points (as Spark's {@code length}); -1 when none
 * @param anyBlank whether a string was empty or only whitespace
 * @param fewValues the distinct strings, sorted, when there were at most {@code --one-of-max} of
 *     them; null when there were more (or the column holds no strings)
 * @param nullElements whether an array held a null element or a map a null value
 */
record ColumnProfile(
    long present,
    long nonNull,
    @Nullable NumberSpan numbers,
    @Nullable TimeSpan times,
    int maxLength,
    boolean anyBlank,
    @Nullable List<String> fewValues,
    boolean nullElements) {

  /**
   * Whether the column must be {@code @Nullable}: a null was seen, or no value at all (an empty
   * sample or an all-null column proves nothing).
   */
  boolean nullable() {
    return nonNull < present || nonNull == 0;
  }

  /**
   * Observed bounds of a number column, as doubles: jsetl compares numbers with bounds as doubles.
   */
  record NumberSpan(double min, double max) {}

  /** Observed bounds of a date or time column, ISO-8601 as {@code @Range(from, to)} takes them. */
  record TimeSpan(String from, String to) {}
}
