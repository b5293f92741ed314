package io.jsetl.runtime.connect;

import java.util.Objects;

/**
 * One problem of one connector's configuration.
 *
 * @param connector the connector's name ({@code jsetl.connectors.<name>})
 * @param key the key at fault, relative to the connector ({@code path}), or {@code ""} for the whole
 *     connector
 * @param message what is wrong and what to do
 */
public record ConfigProblem(String connector, String key, String message) {
  public ConfigProblem {
    Objects.requireNonNull(connector, "connector");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(message, "message");
  }

  /** {@code jsetl.connectors.<connector>.<key>: message}. */
  public String describe() {
    String where = "jsetl.connectors." + connector + (key.isEmpty() ? "" : "." + key);
    return where + ": " + message;
  }
}
