package io.jsetl.runtime.config;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigList;
import com.typesafe.config.ConfigUtil;
import com.typesafe.config.ConfigValue;
import io.jsetl.runtime.RuntimeErrors;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Turns the {@code jsetl.spark} section into Spark options. A pure function, so that the mapping is
 * tested without starting a second session.
 *
 * <p>Two spellings reach the same Spark key, because HOCON reads an unquoted dotted key as nested
 * objects: {@code sql.shuffle.partitions = 8} and {@code "spark.sql.shuffle.partitions" = 8} both
 * give {@code spark.sql.shuffle.partitions}. The path is joined with dots and {@code spark.} is
 * prepended unless already there. A list value is joined with commas ({@code spark.jars}). Two
 * keys are kept for jsetl: {@code master} and {@code app-name}.
 */
public final class SparkOptions {
  private static final Set<String> OWN_KEYS = Set.of("master", "app-name");

  private SparkOptions() {}

  /** Every key of the section except {@code master} and {@code app-name}, as Spark options. */
  public static Map<String, String> passThrough(Config sparkSection) {
    Map<String, String> options = new TreeMap<>();
    Map<String, String> pathOf = new HashMap<>();
    for (Map.Entry<String, ConfigValue> e : sparkSection.entrySet()) {
      List<String> parts = ConfigUtil.splitPath(e.getKey());
      if (parts.size() == 1 && OWN_KEYS.contains(parts.get(0))) {
        continue;
      }
      String joined = String.join(".", parts);
      String key = joined.startsWith("spark.") ? joined : "spark." + joined;
      String earlier = pathOf.putIfAbsent(key, e.getKey());
      if (earlier != null) {
        throw RuntimeErrors.sparkOptionSetTwice(key, List.of(earlier, e.getKey()).stream().sorted().toList());
      }
      options.put(key, text(e.getValue()));
    }
    return options;
  }

  /**
   * The options for a session jsetl creates: the pass-through options; the FAIR scheduler, so that
   * concurrent nodes share the cluster by pool instead of queueing (unless set explicitly); the
   * configured master only when no master is set otherwise, so that {@code spark-submit --master}
   * (which sets the {@code spark.master} system property) wins; the app name, defaulting to the
   * pipeline's name.
   *
   * @param sparkSystemProperties the {@code spark.*} JVM system properties
   */
  public static Map<String, String> forNewSession(
      Config config, String pipeline, Map<String, String> sparkSystemProperties) {
    Config section = config.getConfig("jsetl.spark");
    Map<String, String> options = new TreeMap<>(passThrough(section));
    options.putIfAbsent("spark.scheduler.mode", "FAIR");
    if (sparkSystemProperties.containsKey("spark.master")) {
      options.remove("spark.master");
    } else if (!options.containsKey("spark.master") && section.hasPath("master")) {
      options.put("spark.master", section.getString("master"));
    }
    if (!sparkSystemProperties.containsKey("spark.app.name") && !options.containsKey("spark.app.name")) {
      String app = section.hasPath("app-name") ? section.getString("app-name").strip() : "";
      options.put("spark.app.name", app.isEmpty() ? pipeline : app);
    }
    return options;
  }

  private static String text(ConfigValue value) {
    if (value instanceof ConfigList list) {
      return list.stream().map(SparkOptions::text).collect(Collectors.joining(","));
    }
    return String.valueOf(value.unwrapped());
  }
}
