package io.jsetl.runtime.encoding;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Values in a form whose {@code equals} compares content all the way down: records become maps of
 * their components and byte arrays hex strings (a record compares arrays by reference). Lists
 * stay lists and sets stay sets, so a set's order does not matter and a list's does.
 */
final class Deep {
  private Deep() {}

  static Object normalize(Object value) {
    if (value == null) {
      return null;
    } else if (value instanceof byte[] bytes) {
      return "0x" + HexFormat.of().formatHex(bytes);
    } else if (value instanceof Record record) {
      Map<String, Object> components = new LinkedHashMap<>();
      for (RecordComponent c : record.getClass().getRecordComponents()) {
        components.put(c.getName(), normalize(component(c, record)));
      }
      return components;
    } else if (value instanceof List<?> list) {
      return list.stream().map(Deep::normalize).toList();
    } else if (value instanceof Set<?> set) {
      Set<Object> normalized = new HashSet<>();
      set.forEach(e -> normalized.add(normalize(e)));
      return normalized;
    } else if (value instanceof Map<?, ?> map) {
      Map<Object, Object> normalized = new HashMap<>();
      map.forEach((k, v) -> normalized.put(normalize(k), normalize(v)));
      return normalized;
    } else {
      return value;
    }
  }

  /** How many times each normalized value occurs: equality of rows whatever their order. */
  static Map<Object, Long> multiset(List<?> values) {
    return values.stream()
        .map(Deep::normalize)
        .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
  }

  private static Object component(RecordComponent component, Record record) {
    try {
      return component.getAccessor().invoke(record);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException(e);
    }
  }
}
