package io.jsetl.runtime.connect;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.jspecify.annotations.Nullable;

/** Reads and writes one configured place ({@code jsetl.connectors.<name>}). */
public interface Connector {
  /** The connector's name in the configuration. */
  String name();

  /**
   * Reads the data typed with {@code encoder} (whose schema is given to the reader, never inferred),
   * or as rows when {@code encoder} is {@code null}.
   */
  Dataset<?> read(SparkSession spark, @Nullable Encoder<?> encoder);

  /** Writes the data with the configured mode. */
  void write(Dataset<?> data);

  /** Convenience for typed reads. */
  @SuppressWarnings("unchecked")
  default <T> Dataset<T> read(SparkSession spark, Class<T> ignored, Encoder<T> encoder) {
    return (Dataset<T>) read(spark, encoder);
  }

  /** Convenience for untyped reads. */
  @SuppressWarnings("unchecked")
  default Dataset<Row> readRows(SparkSession spark) {
    return (Dataset<Row>) read(spark, null);
  }
}
