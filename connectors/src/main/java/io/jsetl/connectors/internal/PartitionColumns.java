package io.jsetl.connectors.internal;

import io.jsetl.connectors.ConnectorErrors;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Dataset;

/**
 * Checks {@code partition-by} against the data about to be written, before Spark starts: Spark's
 * own error comes from deep inside the write and does not name the connector.
 */
public final class PartitionColumns {
  private PartitionColumns() {}

  /**
   * @throws io.jsetl.connectors.ConnectorException naming the columns {@code data} lacks
   */
  public static void check(
      String connector, String storage, String path, List<String> partitionBy, Dataset<?> data) {
    ColumnNames names = ColumnNames.of(data.sparkSession());
    List<String> columns = Arrays.asList(data.columns());
    List<String> missing = partitionBy.stream().filter(c -> !names.contains(columns, c)).toList();
    if (!missing.isEmpty()) {
      throw ConnectorErrors.unknownPartitionColumns(connector, storage, path, missing, columns);
    }
  }
}
