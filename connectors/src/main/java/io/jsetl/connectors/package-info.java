/**
 * jsetl's built-in storage connectors. Each storage kind is a {@link
 * io.jsetl.runtime.connect.ConnectorProvider} registered for {@code ServiceLoader}, so putting this
 * module on the classpath is all a user does; {@code jsetl.connectors.<name> { storage = ... }}
 * picks one. Failures are {@link io.jsetl.connectors.ConnectorException}s built by {@link
 * io.jsetl.connectors.ConnectorErrors}.
 */
package io.jsetl.connectors;
