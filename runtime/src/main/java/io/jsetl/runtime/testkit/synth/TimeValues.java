package io.jsetl.runtime.testkit.synth;

import io.jsetl.runtime.testkit.synth.ColumnType.Kind;
import io.jsetl.runtime.testkit.synth.TimeBounds.Side;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Dates and times inside {@link TimeBounds}. Values come from a fixed window when the bounds allow
 * (the past is 1970-2019, the future 2100-2129, otherwise 1990-2030), so that a seed gives the same
 * rows whatever the day; only bounds that leave no room there are measured from now, with two days'
 * margin, so that a value stays on its side of now while a test runs and in any time zone.
 */
final class TimeValues {
  private TimeValues() {}

  private static final int MARGIN_DAYS = 2;
  private static final int MAX_YEARS = 30;

  static Object time(Kind kind, TimeBounds t, Draw d) {
    long lo = Math.max(t.lo(), units(LocalDate.of(1, 1, 1), kind));
    long hi = Math.min(t.hi(), units(LocalDate.of(9999, 12, 31), kind));
    long margin = MARGIN_DAYS * perDay(kind);
    if (t.side() == Side.PAST) {
      hi = Math.min(hi, now(kind) - margin);
    } else if (t.side() == Side.FUTURE) {
      lo = Math.max(lo, now(kind) + margin);
    }
    long windowLo = units(window(t.side(), true), kind);
    long windowHi = units(window(t.side(), false), kind);
    if (Math.max(lo, windowLo) <= Math.min(hi, windowHi)) {
      lo = Math.max(lo, windowLo);
      hi = Math.min(hi, windowHi);
    } else if (hi - lo > MAX_YEARS * 365 * perDay(kind)) {
      // Stay near the bound that the rules set.
      if (t.lo() == Long.MIN_VALUE && t.side() != Side.FUTURE) {
        lo = hi - MAX_YEARS * 365 * perDay(kind);
      } else {
        hi = lo + MAX_YEARS * 365 * perDay(kind);
      }
    }
    long units = d.edge() ? (d.random().nextBoolean() ? lo : hi) : d.between(lo, hi);
    return TimeBounds.value(units, kind);
  }

  private static LocalDate window(Side side, boolean start) {
    return switch (side) {
      case PAST -> start ? LocalDate.of(1970, 1, 1) : LocalDate.of(2019, 12, 31);
      case FUTURE -> start ? LocalDate.of(2100, 1, 1) : LocalDate.of(2129, 12, 31);
      case ANY -> start ? LocalDate.of(1990, 1, 1) : LocalDate.of(2030, 12, 31);
    };
  }

  private static long perDay(Kind kind) {
    return TimeBounds.unitsPerDay(kind);
  }

  private static long units(LocalDate date, Kind kind) {
    return date.toEpochDay() * perDay(kind);
  }

  private static long now(Kind kind) {
    return kind == Kind.LOCAL_DATE
        ? LocalDate.now(ZoneOffset.UTC).toEpochDay()
        : TimeBounds.units(Instant.now());
  }
}
