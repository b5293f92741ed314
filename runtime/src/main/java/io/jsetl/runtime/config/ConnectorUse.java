package io.jsetl.runtime.config;

import java.util.Objects;

/**
 * A connector a run needs, and who needs it, so that a configuration error can say why the
 * connector matters.
 *
 * @param usage e.g. {@code read by CitizenFactories.adults} or {@code written by X.y}
 */
public record ConnectorUse(String connector, String usage) {
  public ConnectorUse {
    Objects.requireNonNull(connector, "connector");
    Objects.requireNonNull(usage, "usage");
  }
}
