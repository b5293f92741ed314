package io.jsetl.runtime.connect;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The configuration of one connector: the HOCON object at {@code jsetl.connectors.<name>}, with
 * typed accessors. Values are never logged by jsetl, as some are secrets.
 */
public record ConnectorConfig(String name, Config config) {
  public ConnectorConfig {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(config, "config");
  }

  /** The value of {@code storage}, lower case, or empty. */
  public Optional<String> storage() {
    return string("storage").map(s -> s.toLowerCase(java.util.Locale.ROOT));
  }

  public boolean has(String key) {
    return config.hasPath(key);
  }

  /** A string value (numbers and booleans are given as text), or empty when absent. */
  public Optional<String> string(String key) {
    return config.hasPath(key) ? Optional.of(config.getString(key)) : Optional.empty();
  }

  /**
   * A boolean value, or the default when absent.
   *
   * @throws ConfigException.WrongType when the value is not a boolean
   */
  public boolean bool(String key, boolean defaultValue) {
    return config.hasPath(key) ? config.getBoolean(key) : defaultValue;
  }

  /** Every leaf key and its value as text, sorted: for passing options to a Spark reader or writer. */
  public Map<String, String> flatten() {
    Map<String, String> out = new TreeMap<>();
    config.entrySet().forEach(e -> out.put(e.getKey(), String.valueOf(e.getValue().unwrapped())));
    return out;
  }
}
