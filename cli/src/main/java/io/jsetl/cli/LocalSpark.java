package io.jsetl.cli;

import org.apache.spark.sql.SparkSession;
import org.jspecify.annotations.Nullable;

/**
 * The CLI's own Spark: an embedded {@code local[*]} session, started on first use (commands that
 * read no data never pay its two seconds), with no UI and bound to the loopback interface only.
 */
final class LocalSpark {
  private @Nullable SparkSession session;

  synchronized SparkSession session() {
    SparkSession s = session;
    if (s == null) {
      s =
          SparkSession.builder()
              .appName("jsetl")
              .master("local[*]")
              .config("spark.ui.enabled", "false")
              .config("spark.driver.bindAddress", "127.0.0.1")
              .config("spark.driver.host", "127.0.0.1")
              .getOrCreate();
      session = s;
    }
    return s;
  }

  /** Stops the session if one was started. */
  synchronized void stop() {
    SparkSession s = session;
    if (s != null) {
      s.stop();
      session = null;
    }
  }
}
