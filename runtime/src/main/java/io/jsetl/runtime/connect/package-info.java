/**
 * The connector SPI: {@link io.jsetl.runtime.connect.ConnectorProvider} per storage kind, found with
 * {@code ServiceLoader}; {@link io.jsetl.runtime.connect.Connector} reads and writes one configured
 * place. The runtime checks every referenced connector before any Spark job starts.
 */
package io.jsetl.runtime.connect;
