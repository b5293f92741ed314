package io.jsetl.connectors.internal;

import java.util.List;
import java.util.Objects;

/**
 * One key a connector understands, as {@link ConfigChecker} checks it.
 *
 * @param name the key, relative to the connector; a dotted name ({@code options.mode}) is a key
 *     inside an object key ({@code options})
 * @param kind what kind of value it takes
 * @param allowed for {@link Kind#STRING}, the values allowed (compared ignoring case); empty for
 *     any
 * @param example a valid setting, shown in messages, e.g. {@code path = "data/in.csv"}
 * @param required whether the key must be set
 * @param secret whether the value is a secret: messages then never show it
 */
public record ConfigKey(
    String name,
    Kind kind,
    List<String> allowed,
    String example,
    boolean required,
    boolean secret) {

  /** The kinds of values a key takes; each says what the checker accepts. */
  public enum Kind {
    /** Text; HOCON numbers and booleans are accepted as their text. */
    STRING("a string"),
    /** {@code true}/{@code false} (HOCON also accepts yes/no, on/off). */
    BOOLEAN("true or false"),
    /** A list of strings, e.g. {@code [a, b]}. */
    STRING_LIST("a list of strings"),
    /** An object {@code { ... }} whose leaves are strings, numbers or booleans. */
    OBJECT("an object { key = value, ... }");

    private final String expected;

    Kind(String expected) {
      this.expected = expected;
    }

    /** What a message says the value must be. */
    String expected() {
      return expected;
    }
  }

  public ConfigKey {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    allowed = List.copyOf(allowed);
    Objects.requireNonNull(example, "example");
  }

  public static ConfigKey string(String name, String example) {
    return new ConfigKey(name, Kind.STRING, List.of(), example, false, false);
  }

  /** A string that must be one of {@code allowed}, ignoring case. */
  public static ConfigKey oneOf(String name, String example, String... allowed) {
    return new ConfigKey(name, Kind.STRING, List.of(allowed), example, false, false);
  }

  public static ConfigKey bool(String name, String example) {
    return new ConfigKey(name, Kind.BOOLEAN, List.of(), example, false, false);
  }

  public static ConfigKey stringList(String name, String example) {
    return new ConfigKey(name, Kind.STRING_LIST, List.of(), example, false, false);
  }

  public static ConfigKey object(String name, String example) {
    return new ConfigKey(name, Kind.OBJECT, List.of(), example, false, false);
  }

  public ConfigKey asRequired() {
    return new ConfigKey(name, kind, allowed, example, true, secret);
  }

  public ConfigKey asSecret() {
    return new ConfigKey(name, kind, allowed, example, required, true);
  }

  /** The top-level key this key lives under ({@code options} for {@code options.mode}). */
  public String topLevel() {
    int dot = name.indexOf('.');
    return dot < 0 ? name : name.substring(0, dot);
  }
}
