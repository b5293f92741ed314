package io.jsetl.runtime.testkit.synth;

import io.jsetl.dsl.Rule;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Candidate values that break one rule while aiming at the column's other rules: the rule's
 * complement (below or above a range, the other side of now, too short or too long, blank) turned
 * into {@link Constraints}, near misses of a pattern (a valid value with one character changed),
 * and the special values a range check must handle (NaN and the infinities). The caller keeps the
 * candidates its Java backend rejects.
 */
final class Breaking {
  private Breaking() {}

  /** A longer maximum is not broken from above: the value would be too long to be useful. */
  private static final int MAX_BREAKABLE_LENGTH = 100_000;

  private static final int[] NEAR_MISSES = {' ', '!', '#', '-', '.', '0', '@', 'Z', '_', 'a', 'é'};

  /**
   * @param others what the column's other rules ask ({@link Constraints#NONE} to aim at the rule
   *     alone)
   * @param valid a valid value of the column, or null when there is none to hand
   */
  static @Nullable Object candidate(
      Rule target,
      ColumnType type,
      Constraints others,
      Draw d,
      int attempt,
      Supplier<@Nullable Object> valid) {
    if (target instanceof Rule.NumberRange r) {
      return outsideNumbers(r, type, others, d, attempt);
    } else if (target instanceof Rule.TemporalRange r && type instanceof ColumnType.Scalar s) {
      TimeBounds t = TimeBounds.of(r, s.kind());
      TimeBounds side = pick(d, t.before(), t.after());
      if (side == null) {
        return null;
      }
      if (d.random().nextInt(3) == 0) {
        side = side.and(side.hi() == Long.MAX_VALUE ? t.dayAfter(s.kind()) : t.dayBefore(s.kind()));
      }
      return Values.candidate(type, others.withTime(others.time().and(side)), d, attempt);
    } else if (target instanceof Rule.TimeRelative r) {
      TimeBounds other = TimeBounds.of(r).flipped();
      return Values.candidate(type, others.withTime(others.time().and(other)), d, attempt);
    } else if (target instanceof Rule.Length r) {
      int[] side =
          pick(
              d,
              r.min() > 0 ? new int[] {0, r.min() - 1} : null,
              r.max() < MAX_BREAKABLE_LENGTH ? new int[] {r.max() + 1, r.max() + 4} : null);
      return side == null
          ? null
          : Values.candidate(type, others.withLength(side[0], side[1]), d, attempt);
    } else if (target instanceof Rule.NotBlank) {
      return Values.candidate(type, others.asBlank(), d, attempt);
    } else if (target instanceof Rule.Pattern || target instanceof Rule.Email) {
      if (d.random().nextBoolean() && valid.get() instanceof String s) {
        return nearMiss(s, d);
      }
      return Values.candidate(type, others, d, attempt);
    } else if (target instanceof Rule.OneOf) {
      return Values.candidate(type, others.withOneOf(null), d, attempt);
    }
    return null;
  }

  private static @Nullable Object outsideNumbers(
      Rule.NumberRange r, ColumnType type, Constraints others, Draw d, int attempt) {
    NumberBounds range = NumberBounds.of(r);
    NumberBounds below = range.below();
    NumberBounds above = range.above();
    boolean floating = type instanceof ColumnType.Scalar s && s.kind().floating();
    if (floating && d.random().nextInt(10) == 0) {
      // NaN is larger than every number: it breaks an upper bound only. Infinities break either.
      double special =
          above != null && d.random().nextBoolean()
              ? Double.NaN
              : above != null ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
      return ((ColumnType.Scalar) type).kind() == ColumnType.Kind.FLOAT
          ? (Object) (float) special
          : (Object) special;
    }
    NumberBounds side = pick(d, below, above);
    if (side == null) {
      return null;
    }
    if (d.random().nextInt(3) == 0) {
      // Just past the bound, where off-by-one mistakes live: within one unit of it.
      side =
          side == below
              ? side.and(new NumberBounds(range.lo() - 1, true, Double.POSITIVE_INFINITY, true))
              : side.and(new NumberBounds(Double.NEGATIVE_INFINITY, true, range.hi() + 1, true));
    }
    return Values.candidate(type, others.withNumbers(others.numbers().and(side)), d, attempt);
  }

  /** {@code s} with one code point replaced, removed or added, or emptied. */
  private static String nearMiss(String s, Draw d) {
    List<Integer> cps = new ArrayList<>(s.codePoints().boxed().toList());
    int nearMiss = NEAR_MISSES[d.random().nextInt(NEAR_MISSES.length)];
    switch (d.random().nextInt(4)) {
      case 0 -> {
        if (!cps.isEmpty()) {
          cps.set(d.random().nextInt(cps.size()), nearMiss);
        }
      }
      case 1 -> {
        if (!cps.isEmpty()) {
          cps.remove(d.random().nextInt(cps.size()));
        }
      }
      case 2 -> cps.add(d.random().nextInt(cps.size() + 1), nearMiss);
      default -> cps.clear();
    }
    StringBuilder out = new StringBuilder();
    cps.forEach(out::appendCodePoint);
    return out.toString();
  }

  /** One of two sides at random, or the only one there is, or null when there is none. */
  private static <T> @Nullable T pick(Draw d, @Nullable T first, @Nullable T second) {
    if (first == null) {
      return second;
    } else if (second == null) {
      return first;
    }
    return d.random().nextBoolean() ? first : second;
  }
}
