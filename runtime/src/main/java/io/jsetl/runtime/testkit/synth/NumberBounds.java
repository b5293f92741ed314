package io.jsetl.runtime.testkit.synth;

import io.jsetl.dsl.Rule;
import org.jspecify.annotations.Nullable;

/**
 * An interval of doubles, each end inclusive or not; an infinite end is open, as in {@link
 * Rule.NumberRange}.
 */
record NumberBounds(double lo, boolean loInclusive, double hi, boolean hiInclusive) {
  static final NumberBounds ALL =
      new NumberBounds(Double.NEGATIVE_INFINITY, true, Double.POSITIVE_INFINITY, true);

  static NumberBounds of(Rule.NumberRange r) {
    return new NumberBounds(
        Double.isInfinite(r.min()) ? Double.NEGATIVE_INFINITY : r.min(),
        r.minInclusive(),
        Double.isInfinite(r.max()) ? Double.POSITIVE_INFINITY : r.max(),
        r.maxInclusive());
  }

  /** Both intervals at once. */
  NumberBounds and(NumberBounds o) {
    double l = Math.max(lo, o.lo);
    boolean li = (lo != l || loInclusive) && (o.lo != l || o.loInclusive);
    double h = Math.min(hi, o.hi);
    boolean hi2 = (hi != h || hiInclusive) && (o.hi != h || o.hiInclusive);
    return new NumberBounds(l, li, h, hi2);
  }

  boolean contains(double d) {
    return (Double.isInfinite(lo) || (loInclusive ? d >= lo : d > lo))
        && (Double.isInfinite(hi) || (hiInclusive ? d <= hi : d < hi));
  }

  /** The numbers below this interval, or null when it has no lower end. */
  @Nullable NumberBounds below() {
    return Double.isInfinite(lo)
        ? null
        : new NumberBounds(Double.NEGATIVE_INFINITY, true, lo, !loInclusive);
  }

  /** The numbers above this interval, or null when it has no upper end. */
  @Nullable NumberBounds above() {
    return Double.isInfinite(hi)
        ? null
        : new NumberBounds(hi, !hiInclusive, Double.POSITIVE_INFINITY, true);
  }
}
