package io.jsetl.connectors.delta;

import io.jsetl.connectors.internal.HadoopPath;
import io.jsetl.connectors.internal.SparkWriters;
import io.jsetl.connectors.internal.WriteTasks;
import java.io.IOException;
import java.lang.System.Logger.Level;
import org.apache.hadoop.fs.FileStatus;
import org.apache.spark.sql.DataFrameWriter;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.SparkSession;

/**
 * Writes a Delta table: one commit, which Delta makes only after the Spark job succeeded, so a job
 * that fails leaves the table at its version.
 *
 * <p>A failed write that was to create the table at a path still leaves a directory of data files
 * and no commit: not a table, but not nothing either (a reader would be told there is no Delta
 * table there rather than no path). Once the job's killed tasks have ended, such a directory is
 * removed if it still holds no commit; a directory in which another writer committed meanwhile is
 * kept.
 */
final class DeltaWrite {
  private static final System.Logger LOG = System.getLogger(DeltaWrite.class.getName());

  private static final String LOG_DIRECTORY = "_delta_log";

  private DeltaWrite() {}

  static void write(DeltaSettings settings, Dataset<?> data) throws IOException {
    DataFrameWriter<?> writer =
        SparkWriters.of(data, DeltaSettings.STORAGE, settings.options(), settings.partitionBy())
            .mode(settings.sparkSaveMode());
    if (settings.table() != null) {
      writer.saveAsTable(settings.table());
      return;
    }
    SparkSession spark = data.sparkSession();
    HadoopPath table = HadoopPath.of(spark, settings.options(), settings.path());
    boolean creates = !table.exists();
    WriteTasks.run(
        spark.sparkContext(),
        () -> writer.save(settings.path()),
        () -> {
          if (creates) {
            removeUncommitted(table);
          }
        });
  }

  private static void removeUncommitted(HadoopPath table) {
    if (!hasCommit(table) && !table.deleteQuietly()) {
      LOG.log(Level.WARNING, "a failed write left {0} behind; delete it by hand", table);
    }
  }

  /** Whether the table's log holds a commit; when that cannot be told, assumes it does. */
  private static boolean hasCommit(HadoopPath table) {
    HadoopPath log = table.resolve(LOG_DIRECTORY);
    try {
      if (!log.exists()) {
        return false;
      }
      for (FileStatus entry : log.fs().listStatus(log.path())) {
        if (entry.isFile() && entry.getPath().getName().endsWith(".json")) {
          return true;
        }
      }
      return false;
    } catch (IOException e) {
      return true;
    }
  }
}
