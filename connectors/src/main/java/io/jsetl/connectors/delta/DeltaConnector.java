package io.jsetl.connectors.delta;

import io.jsetl.connectors.ConnectorErrors;
import io.jsetl.connectors.internal.PartitionColumns;
import io.jsetl.runtime.connect.Connector;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.jspecify.annotations.Nullable;

/** Reads and writes one Delta table, by path or by catalog name. Writes: see {@link DeltaWrite}. */
final class DeltaConnector implements Connector {
  private final DeltaSettings settings;

  DeltaConnector(DeltaSettings settings) {
    this.settings = settings;
  }

  @Override
  public String name() {
    return settings.connector();
  }

  @Override
  public Dataset<?> read(SparkSession spark, @Nullable Encoder<?> encoder) {
    DeltaLake.checkSession(spark, settings);
    try {
      Dataset<Row> table =
          settings.table() != null
              ? spark.read().options(settings.options()).table(settings.table())
              : spark
                  .read()
                  .format(DeltaSettings.STORAGE)
                  .options(settings.options())
                  .load(settings.path());
      return encoder == null
          ? table
          : DeltaColumns.select(table, encoder.schema(), settings).as(encoder);
    } catch (Exception e) { // Spark throws checked exceptions it does not declare
      throw ConnectorErrors.readFailed(name(), DeltaSettings.STORAGE, settings.where(), e);
    }
  }

  @Override
  public void write(Dataset<?> data) {
    DeltaLake.checkSession(data.sparkSession(), settings);
    PartitionColumns.check(
        name(), DeltaSettings.STORAGE, settings.where(), settings.partitionBy(), data);
    try {
      DeltaWrite.write(settings, data);
    } catch (Exception e) { // Spark throws checked exceptions it does not declare
      throw ConnectorErrors.writeFailed(
          name(), DeltaSettings.STORAGE, settings.where(), settings.saveMode(), e);
    }
  }

  @Override
  public String toString() {
    return "DeltaConnector[" + name() + ", delta at " + settings.where() + "]";
  }
}
