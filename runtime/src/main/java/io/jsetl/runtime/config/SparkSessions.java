package io.jsetl.runtime.config;

import com.typesafe.config.Config;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.SparkSession;
import org.jspecify.annotations.Nullable;
import scala.Option;

/**
 * The session a pipeline runs on. A session someone else made (given to the builder, or already
 * active in this JVM, as under {@code spark-submit} or in a notebook) is used as it is: its owner
 * configured it. Only a session jsetl creates gets the {@code jsetl.spark} options.
 */
public final class SparkSessions {
  private SparkSessions() {}

  public static SparkSession obtain(@Nullable SparkSession given, Config config, String pipeline) {
    if (given != null) {
      return given;
    }
    Option<SparkSession> active = SparkSession.getActiveSession();
    if (active.isDefined()) {
      return active.get();
    }
    Option<SparkSession> defaultSession = SparkSession.getDefaultSession();
    if (defaultSession.isDefined()) {
      return defaultSession.get();
    }
    SparkSession.Builder builder = SparkSession.builder();
    SparkOptions.forNewSession(config, pipeline, sparkSystemProperties()).forEach(builder::config);
    return builder.getOrCreate();
  }

  private static Map<String, String> sparkSystemProperties() {
    Map<String, String> props = new TreeMap<>();
    System.getProperties()
        .forEach(
            (k, v) -> {
              if (k instanceof String key && key.startsWith("spark.") && v != null) {
                props.put(key, String.valueOf(v));
              }
            });
    return props;
  }
}
