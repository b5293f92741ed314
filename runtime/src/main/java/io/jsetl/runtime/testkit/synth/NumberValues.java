package io.jsetl.runtime.testkit.synth;

import io.jsetl.runtime.testkit.synth.ColumnType.Kind;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Numbers inside {@link NumberBounds}, or among {@code OneOf}'s values. An open side is closed at a
 * width that grows with the number of rows, so that unique keys have room; decimals get two
 * fraction digits (more only when the range is narrower) and stay within {@code decimal(10, 2)}.
 */
final class NumberValues {
  private NumberValues() {}

  /** The least half-width of the values drawn on an open range. */
  private static final long MIN_HALF_WIDTH = 1000;

  /** {@code decimal(10, 2)} holds 99,999,999.99; stay within it on open ranges. */
  private static final double MAX_DECIMAL = 99_999_999;

  private static final int MAX_DECIMAL_SCALE = 18;

  static Object integral(Kind kind, Constraints c, Draw d) {
    List<String> oneOf = c.oneOf();
    if (oneOf != null) {
      List<Long> allowed = new ArrayList<>();
      for (String v : oneOf) {
        Long parsed = parseIntegral(v, kind);
        if (parsed != null) {
          allowed.add(parsed);
        }
      }
      return box(kind, allowed.isEmpty() ? 0 : allowed.get(d.random().nextInt(allowed.size())));
    }
    NumberBounds b = c.numbers();
    long typeMin = min(kind);
    long typeMax = max(kind);
    long a =
        Double.isInfinite(b.lo())
            ? typeMin
            : clamp(b.loInclusive() ? Math.ceil(b.lo()) : Math.floor(b.lo()) + 1, typeMin, typeMax);
    long z =
        Double.isInfinite(b.hi())
            ? typeMax
            : clamp(b.hiInclusive() ? Math.floor(b.hi()) : Math.ceil(b.hi()) - 1, typeMin, typeMax);
    long half = halfWidth(d);
    if (Double.isInfinite(b.lo()) && Double.isInfinite(b.hi())) {
      a = Math.max(a, -half);
      z = Math.min(z, half);
    } else if (Double.isInfinite(b.lo())) {
      a = Math.max(a, saturatedAdd(z, -2 * half));
    } else if (Double.isInfinite(b.hi())) {
      z = Math.min(z, saturatedAdd(a, 2 * half));
    }
    if (d.edge()) {
      return box(kind, d.random().nextBoolean() ? a : z);
    }
    return box(kind, d.between(a, z));
  }

  static Object floating(Kind kind, Constraints c, Draw d) {
    List<String> oneOf = c.oneOf();
    if (oneOf != null) {
      String v = oneOf.isEmpty() ? "0" : oneOf.get(d.random().nextInt(oneOf.size()));
      double parsed = parseDouble(v);
      return kind == Kind.FLOAT ? (Object) (float) parsed : (Object) parsed;
    }
    NumberBounds b = c.numbers();
    double limit = kind == Kind.FLOAT ? Float.MAX_VALUE : Double.MAX_VALUE;
    double half = halfWidth(d);
    double lo = Math.max(b.lo(), -limit);
    double hi = Math.min(b.hi(), limit);
    if (Double.isInfinite(b.lo()) && Double.isInfinite(b.hi())) {
      lo = -half;
      hi = half;
    } else if (Double.isInfinite(b.lo())) {
      lo = Math.max(hi - 2 * half, -limit);
    } else if (Double.isInfinite(b.hi())) {
      hi = Math.min(lo + 2 * half, limit);
    }
    double x;
    if (d.edge()) {
      x =
          d.random().nextBoolean()
              ? edge(lo, b.loInclusive(), kind, true)
              : edge(hi, b.hiInclusive(), kind, false);
    } else {
      double u = d.random().nextDouble();
      x = lo * (1 - u) + hi * u;
      if (hi - lo >= 1 && Math.abs(x) < 1e12) {
        // Readable numbers where the range allows: two fraction digits.
        x = Math.round(x * 100) / 100.0;
      }
    }
    return kind == Kind.FLOAT ? (Object) (float) x : (Object) x;
  }

  static BigDecimal decimal(Constraints c, Draw d) {
    List<String> oneOf = c.oneOf();
    if (oneOf != null) {
      return oneOf.isEmpty()
          ? BigDecimal.ZERO
          : new BigDecimal(oneOf.get(d.random().nextInt(oneOf.size())).trim());
    }
    NumberBounds b = c.numbers();
    double half = Math.min(halfWidth(d), MAX_DECIMAL / 2);
    double lo = b.lo();
    double hi = b.hi();
    if (Double.isInfinite(lo) && Double.isInfinite(hi)) {
      lo = -half;
      hi = half;
    } else if (Double.isInfinite(lo)) {
      lo = Math.max(hi - 2 * half, -MAX_DECIMAL);
    } else if (Double.isInfinite(hi)) {
      hi = Math.min(lo + 2 * half, MAX_DECIMAL);
    }
    for (int scale = 2; scale <= MAX_DECIMAL_SCALE; scale++) {
      BigDecimal l = BigDecimal.valueOf(lo).setScale(scale, RoundingMode.CEILING);
      BigDecimal h = BigDecimal.valueOf(hi).setScale(scale, RoundingMode.FLOOR);
      if (l.compareTo(h) > 0) {
        continue;
      }
      if (l.unscaledValue().bitLength() >= Long.SIZE
          || h.unscaledValue().bitLength() >= Long.SIZE) {
        break;
      }
      long unscaled =
          d.edge()
              ? (d.random().nextBoolean()
                  ? l.unscaledValue().longValue()
                  : h.unscaledValue().longValue())
              : d.between(l.unscaledValue().longValue(), h.unscaledValue().longValue());
      return BigDecimal.valueOf(unscaled, scale);
    }
    return BigDecimal.valueOf(lo);
  }

  /** An end of a range: the bound itself when inclusive, else the next number inside. */
  private static double edge(double bound, boolean inclusive, Kind kind, boolean lower) {
    if (inclusive) {
      return bound;
    }
    if (kind == Kind.FLOAT) {
      return lower ? Math.nextUp((float) bound) : Math.nextDown((float) bound);
    }
    return lower ? Math.nextUp(bound) : Math.nextDown(bound);
  }

  private static long halfWidth(Draw d) {
    return Math.max(MIN_HALF_WIDTH, 10L * d.rows());
  }

  private static long clamp(double x, long min, long max) {
    if (x <= min) {
      return min;
    } else if (x >= max) {
      return max;
    }
    return (long) x;
  }

  private static long saturatedAdd(long a, long b) {
    long r = a + b;
    if (((a ^ r) & (b ^ r)) < 0) {
      return b < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
    }
    return r;
  }

  private static @Nullable Long parseIntegral(String v, Kind kind) {
    try {
      long x = new BigDecimal(v.trim()).longValueExact();
      return x >= min(kind) && x <= max(kind) ? x : null;
    } catch (NumberFormatException | ArithmeticException e) {
      return null;
    }
  }

  private static double parseDouble(String v) {
    try {
      return Double.parseDouble(v);
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  static long min(Kind kind) {
    return switch (kind) {
      case BYTE -> Byte.MIN_VALUE;
      case SHORT -> Short.MIN_VALUE;
      case INT -> Integer.MIN_VALUE;
      default -> Long.MIN_VALUE;
    };
  }

  static long max(Kind kind) {
    return switch (kind) {
      case BYTE -> Byte.MAX_VALUE;
      case SHORT -> Short.MAX_VALUE;
      case INT -> Integer.MAX_VALUE;
      default -> Long.MAX_VALUE;
    };
  }

  /** The boxed value of an integral kind. */
  static Object box(Kind kind, long v) {
    return switch (kind) {
      case BYTE -> (byte) v;
      case SHORT -> (short) v;
      case INT -> (int) v;
      default -> v;
    };
  }
}
