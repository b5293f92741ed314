package io.jsetl.runtime.connect;

import java.util.List;

/**
 * A kind of storage ({@code csv}, {@code parquet}, {@code delta}, ...), found with
 * {@link java.util.ServiceLoader}. {@code jsetl-connectors} registers the built-in ones; a user can
 * add their own the same way.
 */
public interface ConnectorProvider {
  /** The value of {@code storage = ...} this provider serves, lower case. */
  String storage();

  /**
   * Every problem of this connector's configuration, without touching data or starting a Spark job;
   * empty when it can be opened.
   */
  List<ConfigProblem> check(ConnectorConfig config);

  /** Opens a connector whose configuration {@link #check} found no problem in. */
  Connector open(ConnectorConfig config);
}
