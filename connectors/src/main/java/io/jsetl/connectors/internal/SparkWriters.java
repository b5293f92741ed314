package io.jsetl.connectors.internal;

import java.util.List;
import java.util.Map;
import org.apache.spark.sql.DataFrameWriter;
import org.apache.spark.sql.Dataset;

/** Spark's writer as a connector configures it; the save mode and the target are the caller's. */
public final class SparkWriters {
  private SparkWriters() {}

  public static DataFrameWriter<?> of(
      Dataset<?> data, String format, Map<String, String> options, List<String> partitionBy) {
    DataFrameWriter<?> writer = data.write().format(format).options(options);
    return partitionBy.isEmpty() ? writer : writer.partitionBy(partitionBy.toArray(String[]::new));
  }
}
