package io.jsetl.runtime.testkit.synth;

import io.jsetl.runtime.testkit.synth.ColumnType.Kind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A candidate value of any column type, aimed at {@link Constraints}: the generator of each kind in
 * one place. Collections hold no nulls and get two to three elements unless a length rule says
 * otherwise; sets and maps keep their drawing order, so a seed gives the same rows every run.
 */
final class Values {
  private Values() {}

  private static final int DEFAULT_MAX_SIZE = 3;
  private static final int DEFAULT_MAX_BYTES = 8;
  private static final int DISTINCT_TRIES_PER_ELEMENT = 20;

  /**
   * @param attempt how many candidates were rejected before (text generators vary their aim)
   */
  static Object candidate(ColumnType type, Constraints c, Draw d, int attempt) {
    if (type instanceof ColumnType.Scalar s) {
      return scalar(s.kind(), c, d, attempt);
    } else if (type instanceof ColumnType.EnumOf e) {
      return enumConstant(e.type(), c, d);
    } else if (type instanceof ColumnType.ListOf l) {
      List<Object> list = new ArrayList<>();
      int size = size(c, d, DEFAULT_MAX_SIZE);
      for (int i = 0; i < size; i++) {
        list.add(candidate(l.element(), Constraints.NONE, d, 0));
      }
      return Collections.unmodifiableList(list);
    } else if (type instanceof ColumnType.SetOf s) {
      Set<Object> set = new LinkedHashSet<>();
      int size = size(c, d, DEFAULT_MAX_SIZE);
      for (int i = 0; i < size * DISTINCT_TRIES_PER_ELEMENT && set.size() < size; i++) {
        set.add(candidate(s.element(), Constraints.NONE, d, 0));
      }
      return Collections.unmodifiableSet(set);
    } else if (type instanceof ColumnType.MapOf m) {
      Map<Object, Object> map = new LinkedHashMap<>();
      int size = size(c, d, DEFAULT_MAX_SIZE);
      for (int i = 0; i < size * DISTINCT_TRIES_PER_ELEMENT && map.size() < size; i++) {
        Object key = candidate(m.key(), Constraints.NONE, d, 0);
        if (!map.containsKey(key)) {
          map.put(key, candidate(m.value(), Constraints.NONE, d, 0));
        }
      }
      return Collections.unmodifiableMap(map);
    }
    return d.record(((ColumnType.RecordOf) type).model());
  }

  private static Object scalar(Kind kind, Constraints c, Draw d, int attempt) {
    if (kind.integral()) {
      return NumberValues.integral(kind, c, d);
    } else if (kind.floating()) {
      return NumberValues.floating(kind, c, d);
    } else if (kind.temporal()) {
      return TimeValues.time(kind, c.time(), d);
    }
    switch (kind) {
      case DECIMAL:
        return NumberValues.decimal(c, d);
      case STRING:
        return TextValues.text(c, d, attempt);
      case BINARY:
        byte[] bytes = new byte[size(c, d, DEFAULT_MAX_BYTES)];
        d.random().nextBytes(bytes);
        return bytes;
      default: // BOOLEAN
        List<String> oneOf = c.oneOf();
        if (oneOf != null && !oneOf.isEmpty()) {
          return Boolean.parseBoolean(oneOf.get(d.random().nextInt(oneOf.size())));
        }
        return d.random().nextBoolean();
    }
  }

  private static Object enumConstant(Class<?> type, Constraints c, Draw d) {
    Object[] all = type.getEnumConstants();
    if (all == null || all.length == 0) {
      throw SynthErrors.emptyEnum(type);
    }
    List<Object> constants = new ArrayList<>();
    List<String> oneOf = c.oneOf();
    for (Object e : all) {
      if (oneOf == null || oneOf.contains(((Enum<?>) e).name())) {
        constants.add(e);
      }
    }
    if (constants.isEmpty()) {
      constants.addAll(List.of(all));
    }
    return constants.get(d.random().nextInt(constants.size()));
  }

  /** A length in the constraints' range, at most {@code defaultMax} beyond its least. */
  private static int size(Constraints c, Draw d, int defaultMax) {
    int lo = c.minLength();
    int hi = (int) Math.min(c.maxLength(), (long) lo + defaultMax);
    return d.between(lo, hi);
  }
}
