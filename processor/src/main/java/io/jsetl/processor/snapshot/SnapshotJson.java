package io.jsetl.processor.snapshot;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A {@link SchemaSnapshot} as JSON, one file per record. The text is stable: members in a fixed
 * order, two-space indentation, one member per line, {@code \n} line ends, columns in the record's
 * order and rules in the order of the generated {@code RULES}; the same record always gives the
 * same bytes, so a committed snapshot changes only when the schema does.
 *
 * <pre>{@code
 * {
 *   "format": 1,
 *   "record": "com.acme.Citizen",
 *   "version": 2,
 *   "columns": [
 *     {
 *       "name": "age",
 *       "type": "int",
 *       "nullable": false,
 *       "rules": ["range[0..150]"]
 *     }
 *   ],
 *   "rules": ["adultsOnly"]
 * }
 * }</pre>
 *
 * <p>Reading is strict (unknown or missing members, a wrong type or an unknown Spark type are
 * errors) because a baseline decides whether a build passes: a typo must not pass silently.
 */
public final class SnapshotJson {
  /** The version of this file layout; a reader refuses layouts it does not know. */
  public static final int FORMAT = 1;

  /** Where snapshots live in a jar (and under {@code target/classes}). */
  public static final String RESOURCE_DIRECTORY = "META-INF/jsetl/schemas/";

  private static final Set<String> TOP_MEMBERS =
      Set.of("format", "record", "version", "columns", "rules");
  private static final Set<String> COLUMN_MEMBERS = Set.of("name", "type", "nullable", "rules");

  private SnapshotJson() {}

  /** {@code com.acme.Citizen.json}: the file of a record's snapshot. */
  public static String fileName(String record) {
    return record + ".json";
  }

  public static String write(SchemaSnapshot snapshot) {
    StringBuilder out = new StringBuilder();
    out.append("{\n");
    out.append("  \"format\": ").append(FORMAT).append(",\n");
    out.append("  \"record\": ").append(quote(snapshot.record())).append(",\n");
    out.append("  \"version\": ").append(snapshot.version()).append(",\n");
    out.append("  \"columns\": [");
    for (int i = 0; i < snapshot.columns().size(); i++) {
      SchemaSnapshot.Column column = snapshot.columns().get(i);
      out.append(i == 0 ? "\n" : ",\n");
      out.append("    {\n");
      out.append("      \"name\": ").append(quote(column.name())).append(",\n");
      out.append("      \"type\": ").append(quote(column.type())).append(",\n");
      out.append("      \"nullable\": ").append(column.nullable()).append(",\n");
      out.append("      \"rules\": ").append(strings(column.rules())).append("\n");
      out.append("    }");
    }
    out.append(snapshot.columns().isEmpty() ? "],\n" : "\n  ],\n");
    out.append("  \"rules\": ").append(strings(snapshot.rules())).append("\n");
    out.append("}\n");
    return out.toString();
  }

  /**
   * Reads what {@link #write} wrote (or a hand-edited equivalent). Throws {@link
   * SnapshotFormatException} saying where and what is wrong.
   */
  public static SchemaSnapshot read(String json) {
    Map<String, Object> top = object(JsonParser.parse(json), "the snapshot");
    members(top, TOP_MEMBERS, "the snapshot");
    int format = integer(top.get("format"), "format");
    if (format != FORMAT) {
      throw new SnapshotFormatException(
          "format: "
              + format
              + " is not a snapshot layout this jsetl knows (it reads format "
              + FORMAT
              + "); the file was written by another jsetl version");
    }
    String record = nonBlank(top.get("record"), "record");
    int version = integer(top.get("version"), "version");
    List<Object> items = array(top.get("columns"), "columns");
    List<SchemaSnapshot.Column> columns = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (int i = 0; i < items.size(); i++) {
      SchemaSnapshot.Column column = column(items.get(i), "columns[" + i + "]");
      if (!names.add(column.name())) {
        throw new SnapshotFormatException(
            "columns[" + i + "].name: column \"" + column.name() + "\" is listed twice");
      }
      columns.add(column);
    }
    return new SchemaSnapshot(record, version, columns, strings(top.get("rules"), "rules"));
  }

  private static SchemaSnapshot.Column column(Object value, String path) {
    Map<String, Object> column = object(value, path);
    members(column, COLUMN_MEMBERS, path);
    String type = string(column.get("type"), path + ".type");
    String canonical;
    try {
      canonical = SparkType.parse(type).text();
    } catch (IllegalArgumentException e) {
      throw new SnapshotFormatException(path + ".type: " + e.getMessage());
    }
    return new SchemaSnapshot.Column(
        nonBlank(column.get("name"), path + ".name"),
        canonical,
        bool(column.get("nullable"), path + ".nullable"),
        strings(column.get("rules"), path + ".rules"));
  }

  // ---- Writing

  private static String strings(List<String> values) {
    return values.stream().map(SnapshotJson::quote).collect(Collectors.joining(", ", "[", "]"));
  }

  /** A JSON string; only what JSON requires is escaped, so the text stays readable. */
  static String quote(String value) {
    StringBuilder out = new StringBuilder(value.length() + 2).append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }

  // ---- Reading: each check names the JSON path of the value at fault

  private static void members(Map<String, Object> object, Set<String> expected, String path) {
    for (String key : object.keySet()) {
      if (!expected.contains(key)) {
        throw new SnapshotFormatException(
            path + ": unknown member \"" + key + "\" (expected " + sorted(expected) + ")");
      }
    }
    for (String key : sorted(expected)) {
      if (!object.containsKey(key)) {
        throw new SnapshotFormatException(path + ": member \"" + key + "\" is missing");
      }
    }
  }

  private static List<String> sorted(Set<String> keys) {
    return keys.stream().sorted().toList();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> object(Object value, String path) {
    if (value instanceof Map<?, ?> map) {
      return (Map<String, Object>) map;
    }
    throw wrongType(path, "an object", value);
  }

  @SuppressWarnings("unchecked")
  private static List<Object> array(Object value, String path) {
    if (value instanceof List<?> list) {
      return (List<Object>) list;
    }
    throw wrongType(path, "an array", value);
  }

  private static List<String> strings(Object value, String path) {
    List<Object> items = array(value, path);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      out.add(string(items.get(i), path + "[" + i + "]"));
    }
    return out;
  }

  private static String string(Object value, String path) {
    if (value instanceof String s) {
      return s;
    }
    throw wrongType(path, "a string", value);
  }

  private static String nonBlank(Object value, String path) {
    String s = string(value, path);
    if (s.isBlank()) {
      throw new SnapshotFormatException(path + ": is blank");
    }
    return s;
  }

  private static boolean bool(Object value, String path) {
    if (value instanceof Boolean b) {
      return b;
    }
    throw wrongType(path, "true or false", value);
  }

  private static int integer(Object value, String path) {
    if (value instanceof BigDecimal number) {
      try {
        return number.intValueExact();
      } catch (ArithmeticException e) {
        throw wrongType(
            path, "a whole number from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE, value);
      }
    }
    throw wrongType(path, "a whole number", value);
  }

  private static SnapshotFormatException wrongType(String path, String expected, Object value) {
    return new SnapshotFormatException(
        path + ": expected " + expected + ", found " + describe(value));
  }

  private static String describe(Object value) {
    if (value instanceof Map<?, ?>) {
      return "an object";
    } else if (value instanceof List<?>) {
      return "an array";
    } else if (value instanceof String s) {
      return quote(s);
    }
    return String.valueOf(value);
  }
}
