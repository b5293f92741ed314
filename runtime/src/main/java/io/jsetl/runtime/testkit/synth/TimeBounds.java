package io.jsetl.runtime.testkit.synth;

import io.jsetl.dsl.Rule;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;

/**
 * Where a date or time must lie: an inclusive interval of {@linkplain #units units} (days for
 * {@code LocalDate}, microseconds since the epoch in UTC otherwise, Spark's precision) and a side
 * of now. {@code Long.MIN_VALUE} and {@code Long.MAX_VALUE} mean open.
 */
record TimeBounds(long lo, long hi, Side side) {
  static final TimeBounds ALL = new TimeBounds(Long.MIN_VALUE, Long.MAX_VALUE, Side.ANY);

  /** Where a value stands to now: what {@link Rule.TimeRelative} asks. */
  enum Side {
    ANY,
    PAST,
    FUTURE
  }

  static TimeBounds of(Rule.TemporalRange r, ColumnType.Kind kind) {
    long lo = r.from().isEmpty() ? Long.MIN_VALUE : parse(r.from(), kind, true);
    long hi = r.to().isEmpty() ? Long.MAX_VALUE : parse(r.to(), kind, false);
    return new TimeBounds(lo, hi, Side.ANY);
  }

  static TimeBounds of(Rule.TimeRelative r) {
    return new TimeBounds(Long.MIN_VALUE, Long.MAX_VALUE, r.future() ? Side.FUTURE : Side.PAST);
  }

  TimeBounds and(TimeBounds o) {
    return new TimeBounds(
        Math.max(lo, o.lo), Math.min(hi, o.hi), o.side == Side.ANY ? side : o.side);
  }

  /** The times before this interval, or null when it has no lower end. */
  @Nullable TimeBounds before() {
    return lo == Long.MIN_VALUE ? null : new TimeBounds(Long.MIN_VALUE, lo - 1, side);
  }

  /** The times after this interval, or null when it has no upper end. */
  @Nullable TimeBounds after() {
    return hi == Long.MAX_VALUE ? null : new TimeBounds(hi + 1, Long.MAX_VALUE, side);
  }

  /** The day before {@link #lo}: where values just too early lie. */
  TimeBounds dayBefore(ColumnType.Kind kind) {
    return new TimeBounds(lo - unitsPerDay(kind), lo - 1, Side.ANY);
  }

  /** The day after {@link #hi}: where values just too late lie. */
  TimeBounds dayAfter(ColumnType.Kind kind) {
    return new TimeBounds(hi + 1, hi + unitsPerDay(kind), Side.ANY);
  }

  static long unitsPerDay(ColumnType.Kind kind) {
    return kind == ColumnType.Kind.LOCAL_DATE ? 1 : 86_400_000_000L;
  }

  /** The other side of now. */
  TimeBounds flipped() {
    Side other = side == Side.PAST ? Side.FUTURE : side == Side.FUTURE ? Side.PAST : Side.ANY;
    return new TimeBounds(lo, hi, other);
  }

  /** A bound in units; a lower bound between two units rounds up, an upper one down. */
  private static long parse(String text, ColumnType.Kind kind, boolean lower) {
    if (kind == ColumnType.Kind.LOCAL_DATE) {
      return LocalDate.parse(text).toEpochDay();
    }
    Instant i =
        kind == ColumnType.Kind.LOCAL_DATE_TIME
            ? LocalDateTime.parse(text).toInstant(ZoneOffset.UTC)
            : Instant.parse(text);
    long micros = units(i);
    boolean between = i.getNano() % 1_000 != 0;
    return between && lower ? micros + 1 : micros;
  }

  /** A value of {@code kind} from units. */
  static Object value(long units, ColumnType.Kind kind) {
    if (kind == ColumnType.Kind.LOCAL_DATE) {
      return LocalDate.ofEpochDay(units);
    }
    Instant i =
        Instant.ofEpochSecond(
            Math.floorDiv(units, 1_000_000L), Math.floorMod(units, 1_000_000L) * 1_000L);
    return kind == ColumnType.Kind.INSTANT ? i : LocalDateTime.ofInstant(i, ZoneOffset.UTC);
  }

  /** Units of a value of {@code kind}. */
  static long units(Object value) {
    if (value instanceof LocalDate d) {
      return d.toEpochDay();
    }
    Instant i = value instanceof LocalDateTime t ? t.toInstant(ZoneOffset.UTC) : (Instant) value;
    return i.getEpochSecond() * 1_000_000L + i.getNano() / 1_000;
  }
}
