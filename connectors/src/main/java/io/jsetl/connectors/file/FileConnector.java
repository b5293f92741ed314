package io.jsetl.connectors.file;

import io.jsetl.connectors.ConnectorErrors;
import io.jsetl.runtime.connect.Connector;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.DataFrameWriter;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.jspecify.annotations.Nullable;

/** Reads and writes the files of one configured file connector. */
final class FileConnector implements Connector {
  private final FileSettings settings;

  FileConnector(FileSettings settings) {
    this.settings = settings;
  }

  @Override
  public String name() {
    return settings.connector();
  }

  @Override
  public Dataset<?> read(SparkSession spark, @Nullable Encoder<?> encoder) {
    try {
      return encoder == null
          ? untyped(spark)
          : TypedRead.rows(spark, settings, encoder.schema()).as(encoder);
    } catch (Exception e) { // Spark throws checked exceptions it does not declare
      throw ConnectorErrors.readFailed(name(), settings.format().storage(), settings.path(), e);
    }
  }

  /** Without a record, CSV columns are strings unless {@code infer-schema = true}. */
  private Dataset<Row> untyped(SparkSession spark) {
    Map<String, String> options = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    options.putAll(settings.options());
    if (settings.format().parsesRecords()) {
      options.put("mode", settings.parseMode());
    }
    return spark.read().format(settings.format().storage()).options(options).load(settings.path());
  }

  @Override
  public void write(Dataset<?> data) {
    checkPartitionColumns(data);
    try {
      DataFrameWriter<?> writer =
          data.write()
              .format(settings.format().storage())
              .mode(settings.sparkSaveMode())
              .options(settings.options());
      if (!settings.partitionBy().isEmpty()) {
        writer = writer.partitionBy(settings.partitionBy().toArray(String[]::new));
      }
      writer.save(settings.path());
    } catch (Exception e) { // Spark throws checked exceptions it does not declare
      throw ConnectorErrors.writeFailed(
          name(), settings.format().storage(), settings.path(), settings.saveMode(), e);
    }
  }

  private void checkPartitionColumns(Dataset<?> data) {
    ColumnNames names = ColumnNames.of(data.sparkSession());
    List<String> columns = Arrays.asList(data.columns());
    List<String> missing =
        settings.partitionBy().stream().filter(c -> !names.contains(columns, c)).toList();
    if (!missing.isEmpty()) {
      throw ConnectorErrors.unknownPartitionColumns(
          name(), settings.format().storage(), settings.path(), missing, columns);
    }
  }

  @Override
  public String toString() {
    return "FileConnector["
        + name()
        + ", "
        + settings.format().storage()
        + " at "
        + settings.path()
        + "]";
  }
}
