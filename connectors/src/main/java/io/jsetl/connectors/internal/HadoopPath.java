package io.jsetl.connectors.internal;

import java.io.IOException;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;
import scala.jdk.javaapi.CollectionConverters;

/**
 * A path on the file system Spark writes it to, fully qualified ({@code file:/...}, {@code
 * hdfs://...}): connectors that manage files around Spark's writes must reach the same files with
 * the same credentials.
 */
public record HadoopPath(FileSystem fs, Path path) {
  /**
   * @param options the writer's options; Spark adds them to the Hadoop configuration of the write
   */
  public static HadoopPath of(SparkSession spark, Map<String, String> options, String path)
      throws IOException {
    Path given = new Path(path);
    FileSystem fs = given.getFileSystem(hadoopConf(spark, options));
    return new HadoopPath(fs, fs.makeQualified(given));
  }

  public boolean exists() throws IOException {
    return fs.exists(path);
  }

  /** Deletes the path and all under it, if it exists; whether it is gone. Never throws. */
  public boolean deleteQuietly() {
    try {
      return fs.delete(path, true) || !fs.exists(path);
    } catch (IOException e) {
      return false;
    }
  }

  /** {@code child} under this path. */
  public HadoopPath resolve(String child) {
    return new HadoopPath(fs, new Path(path, child));
  }

  @Override
  public String toString() {
    return path.toString();
  }

  /**
   * The Hadoop configuration Spark writes with: the context's, then the session's settings, then
   * the writer's options (as Spark's {@code SessionState.newHadoopConfWithOptions}).
   */
  private static Configuration hadoopConf(SparkSession spark, Map<String, String> options) {
    Configuration conf = new Configuration(spark.sparkContext().hadoopConfiguration());
    CollectionConverters.asJava(spark.conf().getAll()).forEach(conf::set);
    options.forEach(conf::set);
    return conf;
  }
}
