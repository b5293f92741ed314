package io.jsetl.runtime.testkit;

import io.jsetl.dsl.Rule;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Reads test rows the way rules see them, for assertions. Components are named like columns. */
final class Rows {
  private Rows() {}

  /** The value at a dotted column path; null below a null record, as Spark reads a null struct. */
  static Object valueAt(Object row, String path) {
    Object value = row;
    for (String segment : path.split("\\.")) {
      if (value == null) {
        return null;
      }
      value = component(value, segment);
    }
    return value;
  }

  /** The single-value rules that {@code row} breaks. */
  static List<Rule> broken(Object row, List<Rule> rules) {
    List<Rule> out = new ArrayList<>();
    for (Rule r : rules) {
      if (r.checksOneValue() && !r.accepts(valueAt(row, r.column()))) {
        out.add(r);
      }
    }
    return out;
  }

  /** A row as text whose equality compares content all the way down (arrays, sets). */
  static String deep(Object value) {
    if (value == null) {
      return "null";
    } else if (value instanceof byte[] b) {
      return "0x" + HexFormat.of().formatHex(b);
    } else if (value instanceof Record r) {
      Map<String, String> parts = new LinkedHashMap<>();
      for (RecordComponent c : r.getClass().getRecordComponents()) {
        parts.put(c.getName(), deep(component(r, c.getName())));
      }
      return r.getClass().getSimpleName() + parts;
    } else if (value instanceof Set<?> s) {
      Set<String> sorted = new TreeSet<>();
      s.forEach(e -> sorted.add(deep(e)));
      return sorted.toString();
    } else if (value instanceof List<?> l) {
      return l.stream().map(Rows::deep).toList().toString();
    } else if (value instanceof Map<?, ?> m) {
      Map<String, String> sorted = new java.util.TreeMap<>();
      m.forEach((k, v) -> sorted.put(deep(k), deep(v)));
      return sorted.toString();
    }
    return value.toString();
  }

  private static Object component(Object record, String name) {
    try {
      Method accessor = record.getClass().getMethod(name);
      accessor.setAccessible(true);
      return accessor.invoke(record);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError("no component " + name + " in " + record.getClass(), e);
    }
  }
}
