package io.jsetl.connectors.file;

import io.jsetl.connectors.ConnectorErrors;
import io.jsetl.connectors.internal.PartitionColumns;
import io.jsetl.connectors.internal.SparkWriters;
import io.jsetl.runtime.connect.Connector;
import java.util.Map;
import java.util.TreeMap;
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

  /**
   * Writes with the configured mode; a job that fails leaves the path as it was (see {@link
   * StagedWrite}).
   */
  @Override
  public void write(Dataset<?> data) {
    String storage = settings.format().storage();
    PartitionColumns.check(name(), storage, settings.path(), settings.partitionBy(), data);
    try {
      StagedWrite.write(
          data.sparkSession(),
          settings,
          (path, mode) ->
              SparkWriters.of(data, storage, settings.options(), settings.partitionBy())
                  .mode(mode)
                  .save(path));
    } catch (Exception e) { // Spark throws checked exceptions it does not declare
      throw ConnectorErrors.writeFailed(name(), storage, settings.path(), settings.saveMode(), e);
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
