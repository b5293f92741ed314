package io.jsetl.connectors.file;

import io.jsetl.connectors.internal.HadoopPath;
import io.jsetl.connectors.internal.WriteTasks;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.FileAlreadyExistsException;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * Writes files so that a Spark job that fails leaves the path as it was: nothing is committed
 * unless the whole job succeeds. jsetl's validation relies on this: {@code @Validate(onFailure =
 * FAIL)} makes the write job fail at the first invalid row.
 *
 * <p>Spark's own file writes do not give that guarantee. In mode {@code overwrite} Spark deletes
 * the target <em>before</em> the job runs, so a job that fails leaves the old data destroyed and
 * nothing in its place. A failed write to a target that did not exist leaves a directory behind
 * (empty, or holding only {@code _temporary}), after which a retry in mode {@code error} fails and
 * one in mode {@code ignore} silently writes nothing.
 *
 * <p>So when a write replaces or creates the target, Spark writes to a hidden staging directory
 * beside it ({@code .<name>.jsetl-staging-<uuid>}: same parent, hence same file system, and a name
 * Spark's readers skip). Only after the job succeeded does the staging directory take the target's
 * place: the old target is renamed aside ({@code .<name>.jsetl-replaced-<uuid>}), the staging
 * directory is renamed to the target (if that fails, the old target is renamed back), and the old
 * data is deleted. A failed job deletes the staging directory and never touches the target.
 *
 * <p>The other writes go to the target through Spark, whose commit protocol publishes task output
 * only when the job succeeds: {@code append} to an existing target, {@code error} and {@code
 * ignore} on an existing target (which fail or write nothing before any job), and a dynamic
 * partition overwrite ({@code partitionOverwriteMode = dynamic} with {@code partition-by}), which
 * Spark stages itself and which replaces only the partitions the data has. After such a write
 * fails, the work directories that Spark's killed tasks may have re-created in the target are
 * removed.
 *
 * <p>Every cleanup waits until the failed job's tasks have ended ({@link WriteTasks}).
 *
 * <p><b>Atomicity is the file system's rename.</b> On local file systems and HDFS a directory
 * rename is atomic, so readers see the old data or the new; between the two renames the target
 * briefly does not exist. On object stores (S3A, GCS, Azure Blob without hierarchical namespace) a
 * directory rename copies every file: the swap takes time proportional to the data and is not
 * atomic, and a failure during it can leave the target partly written (the old data is still in the
 * {@code .jsetl-replaced} directory). Use a table format (Delta Lake) on object stores. If the JVM
 * dies between the job and the end of the swap, a {@code .jsetl-staging} or {@code .jsetl-replaced}
 * directory is left beside the target; delete it by hand.
 */
final class StagedWrite {
  private static final System.Logger LOG = System.getLogger(StagedWrite.class.getName());

  /** The work directories of Spark's commit protocols inside the directory written to. */
  private static final String SPARK_TEMPORARY = "_temporary";

  private static final String SPARK_DYNAMIC_STAGING_PREFIX = ".spark-staging-";

  /**
   * Spark's writer option, and its session setting, for overwriting only the partitions written.
   */
  private static final String PARTITION_OVERWRITE_MODE = "partitionOverwriteMode";

  private static final String SESSION_PARTITION_OVERWRITE_MODE =
      "spark.sql.sources.partitionOverwriteMode";

  /** Spark's write of the data, to a path with a save mode. */
  @FunctionalInterface
  interface SparkWrite {
    void save(String path, SaveMode mode);
  }

  private StagedWrite() {}

  /**
   * Writes with {@code settings}' path and mode, committing only when {@code write} succeeds.
   *
   * @throws IOException when the target cannot be replaced after the job succeeded; the target then
   *     still holds the old data
   */
  static void write(SparkSession spark, FileSettings settings, SparkWrite write)
      throws IOException {
    HadoopPath written = HadoopPath.of(spark, settings.options(), settings.path());
    FileSystem fs = written.fs();
    Path target = written.path();
    SaveMode mode = settings.sparkSaveMode();
    if (fs.exists(target)
        && (mode != SaveMode.Overwrite || dynamicPartitionOverwrite(spark, settings))) {
      Set<String> before = childNames(fs, target);
      WriteTasks.run(
          spark.sparkContext(),
          () -> write.save(target.toString(), mode),
          () -> removeWorkDirectories(fs, target, before));
      return;
    }
    Path staging = sibling(target, "staging");
    Runnable removeStaging = () -> deleteOrWarn(fs, staging);
    WriteTasks.run(
        spark.sparkContext(),
        () -> write.save(staging.toString(), SaveMode.ErrorIfExists),
        removeStaging);
    try {
      commit(fs, staging, target, mode);
    } catch (IOException | RuntimeException e) {
      removeStaging.run();
      throw e;
    }
    // Spark refreshed the staging path it wrote; cached reads of the target must see the new data.
    spark.catalog().refreshByPath(target.toString());
  }

  /** Moves the staging directory to the target, as {@code mode} says. */
  private static void commit(FileSystem fs, Path staging, Path target, SaveMode mode)
      throws IOException {
    if (!fs.exists(target)) {
      rename(fs, staging, target);
      return;
    }
    // The target exists: it did all along (overwrite), or another writer created it meanwhile.
    switch (mode) {
      case Overwrite -> replace(fs, staging, target);
      case Ignore -> deleteQuietly(fs, staging);
      default ->
          throw new FileAlreadyExistsException(
              target.toString(),
              null,
              "another writer created it while this job ran; nothing was written. Run again");
    }
  }

  private static void replace(FileSystem fs, Path staging, Path target) throws IOException {
    Path replaced = sibling(target, "replaced");
    rename(fs, target, replaced);
    try {
      rename(fs, staging, target);
    } catch (IOException e) {
      try {
        rename(fs, replaced, target);
      } catch (IOException restore) {
        e.addSuppressed(
            new IOException("the old data could not be moved back; it is kept at " + replaced));
      }
      throw e;
    }
    if (!deleteQuietly(fs, replaced)) {
      LOG.log(
          Level.WARNING,
          "{0} was replaced, but its old data could not be deleted from {1}; delete it by hand",
          target,
          replaced);
    }
  }

  /**
   * Whether Spark overwrites only the partitions the data has: its own commit protocol then stages
   * the output and swaps partitions only when the job succeeds.
   */
  private static boolean dynamicPartitionOverwrite(SparkSession spark, FileSettings settings) {
    String mode =
        settings
            .options()
            .getOrDefault(
                PARTITION_OVERWRITE_MODE,
                spark.conf().get(SESSION_PARTITION_OVERWRITE_MODE, "static"));
    return !settings.partitionBy().isEmpty() && "dynamic".equalsIgnoreCase(mode);
  }

  /** A hidden directory beside {@code target}, unique to this write. */
  private static Path sibling(Path target, String purpose) throws IOException {
    if (target.getParent() == null) {
      throw new IOException("cannot replace " + target + ", the root of its file system");
    }
    return new Path(
        target.getParent(), "." + target.getName() + ".jsetl-" + purpose + "-" + UUID.randomUUID());
  }

  private static void rename(FileSystem fs, Path from, Path to) throws IOException {
    if (!fs.rename(from, to)) {
      throw new IOException("the file system refused to rename " + from + " to " + to);
    }
  }

  /**
   * Removes the work directories of Spark's commit protocols ({@code _temporary}, and {@code
   * .spark-staging-<job>} of a dynamic partition overwrite) that a failed write left in {@code
   * target}: Spark deletes them when it aborts the job, but a task it was still killing may have
   * created them again. Entries that were there before the write are kept.
   */
  private static void removeWorkDirectories(FileSystem fs, Path target, Set<String> before) {
    try {
      for (FileStatus child : fs.listStatus(target)) {
        String name = child.getPath().getName();
        boolean workDirectory =
            name.equals(SPARK_TEMPORARY) || name.startsWith(SPARK_DYNAMIC_STAGING_PREFIX);
        if (workDirectory && !before.contains(name)) {
          deleteOrWarn(fs, child.getPath());
        }
      }
    } catch (IOException e) {
      LOG.log(Level.WARNING, "cannot list " + target + " to clean up after a failed write", e);
    }
  }

  private static Set<String> childNames(FileSystem fs, Path dir) throws IOException {
    Set<String> names = new HashSet<>();
    for (FileStatus child : fs.listStatus(dir)) {
      names.add(child.getPath().getName());
    }
    return names;
  }

  private static void deleteOrWarn(FileSystem fs, Path path) {
    if (!deleteQuietly(fs, path)) {
      LOG.log(Level.WARNING, "a failed write left {0} behind; delete it by hand", path);
    }
  }

  private static boolean deleteQuietly(FileSystem fs, Path path) {
    return new HadoopPath(fs, path).deleteQuietly();
  }
}
