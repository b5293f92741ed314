package io.jsetl.runtime.report;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A minimal JSON writer for the run report: maps (in their own iteration order, so callers fix the
 * key order), lists, strings, numbers, booleans and null, indented by two spaces. Hand-written so
 * that the runtime needs no JSON library that could clash with Spark's own.
 */
final class Json {
  private Json() {}

  static String write(@Nullable Object value) {
    StringBuilder out = new StringBuilder();
    write(value, 0, out);
    return out.append('\n').toString();
  }

  private static void write(@Nullable Object value, int depth, StringBuilder out) {
    if (value == null) {
      out.append("null");
    } else if (value instanceof String s) {
      string(s, out);
    } else if (value instanceof Number || value instanceof Boolean) {
      out.append(value);
    } else if (value instanceof Map<?, ?> map) {
      object(map, depth, out);
    } else if (value instanceof List<?> list) {
      array(list, depth, out);
    } else {
      throw new IllegalArgumentException("not a JSON value: " + value.getClass().getName());
    }
  }

  private static void object(Map<?, ?> map, int depth, StringBuilder out) {
    if (map.isEmpty()) {
      out.append("{}");
      return;
    }
    out.append("{\n");
    int i = 0;
    for (Map.Entry<?, ?> e : map.entrySet()) {
      indent(depth + 1, out);
      string(String.valueOf(e.getKey()), out);
      out.append(": ");
      write(e.getValue(), depth + 1, out);
      out.append(++i < map.size() ? ",\n" : "\n");
    }
    indent(depth, out);
    out.append('}');
  }

  private static void array(List<?> list, int depth, StringBuilder out) {
    if (list.isEmpty()) {
      out.append("[]");
      return;
    }
    out.append("[\n");
    for (int i = 0; i < list.size(); i++) {
      indent(depth + 1, out);
      write(list.get(i), depth + 1, out);
      out.append(i + 1 < list.size() ? ",\n" : "\n");
    }
    indent(depth, out);
    out.append(']');
  }

  private static void string(String s, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }

  private static void indent(int depth, StringBuilder out) {
    out.append("  ".repeat(depth));
  }
}
