package io.jsetl.runtime.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;
import org.jspecify.annotations.Nullable;

/**
 * One local SparkSession per JVM for tests: {@code local[2]}, UI off, 2 shuffle partitions, UTC,
 * loopback only, a temporary warehouse, and Delta Lake's extension when Delta is on the classpath.
 * Starting a session costs about two seconds, so every test of a JVM shares this one.
 */
public final class TestSpark {
  private static volatile @Nullable SparkSession session;

  private TestSpark() {}

  /** The shared session, started on first use. */
  public static SparkSession session() {
    SparkSession s = session;
    if (s == null) {
      synchronized (TestSpark.class) {
        s = session;
        if (s == null) {
          s = start();
          session = s;
        }
      }
    }
    return s;
  }

  private static SparkSession start() {
    Path warehouse;
    try {
      warehouse = Files.createTempDirectory("jsetl-warehouse");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a temporary Spark warehouse directory", e);
    }
    SparkSession.Builder b =
        localBuilder("jsetl-tests").config("spark.sql.warehouse.dir", warehouse.toString());
    if (onClasspath("io.delta.sql.DeltaSparkSessionExtension")) {
      b.config("spark.sql.extensions", "io.delta.sql.DeltaSparkSessionExtension")
          .config(
              "spark.sql.catalog.spark_catalog",
              "org.apache.spark.sql.delta.catalog.DeltaCatalog")
          .config("spark.databricks.delta.snapshotPartitions", "2");
    }
    return b.getOrCreate();
  }

  /**
   * A small, quiet, loopback-only local session: {@code local[2]}, UI off, 2 shuffle partitions,
   * UTC, FAIR scheduling (jsetl gives every node its own pool). Benchmarks start from it too, so
   * that jsetl and hand-written Spark are measured on the same settings as the tests.
   */
  public static SparkSession.Builder localBuilder(String appName) {
    return SparkSession.builder()
        .appName(appName)
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .config("spark.default.parallelism", "2")
        .config("spark.sql.session.timeZone", "UTC")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.scheduler.mode", "FAIR");
  }

  private static boolean onClasspath(String className) {
    try {
      Class.forName(className, false, TestSpark.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }
}
