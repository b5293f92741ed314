/**
 * The Delta Lake connector: {@code storage = delta}, a table by {@code path} or by catalog {@code
 * table}. Only {@link io.jsetl.connectors.delta.DeltaProvider} is public (for {@code
 * ServiceLoader}). No class here links against Delta: Spark's {@code "delta"} format is named, and
 * the application brings {@code delta-spark}, which the provider's check asks for when it is
 * missing. See the module's README for keys and the commit guarantee.
 */
package io.jsetl.connectors.delta;
