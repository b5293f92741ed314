package io.jsetl.connectors.internal;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigValue;
import com.typesafe.config.ConfigValueType;
import io.jsetl.runtime.connect.ConfigProblem;
import io.jsetl.runtime.connect.ConnectorConfig;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Checks one connector's configuration against the keys it understands and returns every problem,
 * not only the first: unknown keys (with the closest known key, as most are typos), missing
 * required keys, values of the wrong kind and values outside the allowed ones. A message shows a
 * value only when the key is not secret.
 */
public final class ConfigChecker {
  /** Typos within this many edits of a known word get a "did you mean". */
  private static final int MAX_TYPO_DISTANCE = 2;

  private ConfigChecker() {}

  /**
   * @param what what kind of connector this is, for messages: {@code "a csv connector"}
   * @param keys every key the connector understands; keys not listed are reported as unknown
   */
  public static List<ConfigProblem> check(
      ConnectorConfig config, String what, List<ConfigKey> keys) {
    List<ConfigProblem> problems = new ArrayList<>(unknownKeys(config, what, keys));
    for (ConfigKey key : keys) {
      problemWith(config.config(), key)
          .ifPresent(m -> problems.add(problem(config, key.name(), m)));
      if (key.kind() == ConfigKey.Kind.OBJECT && isObject(config.config(), key.name())) {
        problems.addAll(nonScalarLeaves(config, key.name()));
      }
    }
    return problems;
  }

  private static List<ConfigProblem> unknownKeys(
      ConnectorConfig config, String what, List<ConfigKey> keys) {
    Set<String> known =
        keys.stream().map(ConfigKey::topLevel).collect(Collectors.toCollection(TreeSet::new));
    List<ConfigProblem> problems = new ArrayList<>();
    for (String key : new TreeSet<>(config.config().root().keySet())) {
      if (!known.contains(key)) {
        String hint = closest(key, known).map(k -> "; did you mean '" + k + "'?").orElse(".");
        problems.add(
            problem(
                config,
                key,
                "is not a key of "
                    + what
                    + hint
                    + " Known keys: "
                    + String.join(", ", known)
                    + "."));
      }
    }
    return problems;
  }

  /** The one problem of {@code key}'s value, if any. */
  private static Optional<String> problemWith(Config config, ConfigKey key) {
    String name = key.name();
    if (!name.equals(key.topLevel()) && !isObject(config, key.topLevel())) {
      return Optional.empty(); // the parent's own problem is reported instead
    }
    if (!config.hasPath(name)) {
      return key.required()
          ? Optional.of("is required but not set. Set it, e.g. " + key.example() + ".")
          : Optional.empty();
    }
    ConfigValue value = config.getValue(name);
    try {
      switch (key.kind()) {
        case STRING -> {
          if (!isScalar(value)) {
            return wrongKind(key, value);
          }
          String text = config.getString(name);
          if (text.isBlank()) {
            return Optional.of("is empty. Set it, e.g. " + key.example() + ".");
          }
          if (!key.allowed().isEmpty() && !containsIgnoringCase(key.allowed(), text)) {
            String end =
                key.secret()
                    ? "."
                    : closest(text, key.allowed())
                        .map(v -> "; did you mean '" + v + "'?")
                        .orElse(".");
            return Optional.of(
                "must be one of "
                    + String.join(", ", key.allowed())
                    + ", but is "
                    + shown(key, value)
                    + end);
          }
        }
        case BOOLEAN -> config.getBoolean(name);
        case STRING_LIST -> config.getStringList(name);
        case OBJECT -> {
          if (value.valueType() != ConfigValueType.OBJECT) {
            return wrongKind(key, value);
          }
        }
      }
    } catch (ConfigException.WrongType e) {
      return wrongKind(key, value);
    }
    return Optional.empty();
  }

  private static Optional<String> wrongKind(ConfigKey key, ConfigValue value) {
    return Optional.of(
        "must be "
            + key.kind().expected()
            + ", e.g. "
            + key.example()
            + ", but is "
            + shown(key, value)
            + ".");
  }

  /** Option maps are handed to Spark as text, so a list or object inside one is a mistake. */
  private static List<ConfigProblem> nonScalarLeaves(ConnectorConfig config, String objectKey) {
    List<ConfigProblem> problems = new ArrayList<>();
    config.config().getConfig(objectKey).entrySet().stream()
        .sorted(Map.Entry.comparingByKey(Comparator.naturalOrder()))
        .filter(e -> !isScalar(e.getValue()))
        .forEach(
            e ->
                problems.add(
                    problem(
                        config,
                        objectKey + "." + e.getKey(),
                        "must be a string, number or boolean, but is "
                            + kindOf(e.getValue())
                            + ".")));
    return problems;
  }

  /** The value as text, or only its kind when the key is secret. */
  private static String shown(ConfigKey key, ConfigValue value) {
    return key.secret() || !isScalar(value) ? kindOf(value) : "'" + value.unwrapped() + "'";
  }

  private static String kindOf(ConfigValue value) {
    return switch (value.valueType()) {
      case OBJECT -> "an object";
      case LIST -> "a list";
      case NUMBER -> "a number";
      case BOOLEAN -> "a boolean";
      case NULL -> "null";
      case STRING -> "a string";
    };
  }

  private static boolean isScalar(ConfigValue value) {
    return switch (value.valueType()) {
      case STRING, NUMBER, BOOLEAN -> true;
      case OBJECT, LIST, NULL -> false;
    };
  }

  private static boolean isObject(Config config, String path) {
    try {
      return config.hasPath(path) && config.getValue(path).valueType() == ConfigValueType.OBJECT;
    } catch (ConfigException e) { // a parent on the path is not an object
      return false;
    }
  }

  private static boolean containsIgnoringCase(List<String> values, String value) {
    return values.stream().anyMatch(v -> v.equalsIgnoreCase(value));
  }

  private static ConfigProblem problem(ConnectorConfig config, String key, String message) {
    return new ConfigProblem(config.name(), key, message);
  }

  /** The candidate nearest to {@code word} (ignoring case) if it is close enough to be a typo. */
  static Optional<String> closest(String word, Iterable<String> candidates) {
    String best = null;
    int bestDistance = MAX_TYPO_DISTANCE + 1;
    for (String c : candidates) {
      int d = distance(word.toLowerCase(Locale.ROOT), c.toLowerCase(Locale.ROOT));
      if (d < bestDistance) {
        best = c;
        bestDistance = d;
      }
    }
    return Optional.ofNullable(best);
  }

  /** Levenshtein distance. */
  private static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
