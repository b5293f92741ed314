package io.jsetl.connectors;

import org.jspecify.annotations.Nullable;

/**
 * A connector could not do what was asked: read, write or open. The message starts with the
 * connector's name, says what was being done and what to do; Spark's failure, if any, is the cause.
 * Built only by {@link ConnectorErrors}.
 */
public final class ConnectorException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String connector;

  ConnectorException(String connector, String message, @Nullable Throwable cause) {
    super(message, cause);
    this.connector = connector;
  }

  /**
   * The connector's name ({@code jsetl.connectors.<name>}), so callers can say which one failed.
   */
  public String connector() {
    return connector;
  }
}
