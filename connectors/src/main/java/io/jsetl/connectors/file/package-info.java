/**
 * File connectors: {@code storage = csv | json | parquet | orc | text}. The providers are public so
 * that {@code ServiceLoader} can create them; everything else is package-private. See the module's
 * README for keys and defaults.
 */
package io.jsetl.connectors.file;
