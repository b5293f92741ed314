package io.jsetl.connectors.internal;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigUtil;
import io.jsetl.runtime.connect.ConnectorConfig;
import java.util.Map;
import java.util.TreeMap;

/**
 * Spark reader and writer options built from a connector's configuration. Keys ignore case, as in
 * Spark.
 */
public final class SparkOptions {
  private SparkOptions() {}

  /**
   * {@code derived} (the options a connector derives from its own keys), then the entries of its
   * {@code options { ... }}, which win.
   *
   * @return a mutable map whose keys ignore case
   */
  public static Map<String, String> of(Map<String, String> derived, ConnectorConfig config) {
    Map<String, String> options = caseInsensitive(derived);
    Config c = config.config();
    if (c.hasPath(CommonKeys.OPTIONS)) {
      c.getConfig(CommonKeys.OPTIONS)
          .entrySet()
          .forEach(
              e -> options.put(optionName(e.getKey()), String.valueOf(e.getValue().unwrapped())));
    }
    return options;
  }

  /** A mutable copy whose keys ignore case. */
  public static Map<String, String> caseInsensitive(Map<String, String> map) {
    Map<String, String> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    copy.putAll(map);
    return copy;
  }

  /** {@code options { "a.b" = 1 }} and {@code options { a.b = 1 }} both mean Spark option a.b. */
  private static String optionName(String path) {
    return String.join(".", ConfigUtil.splitPath(path));
  }
}
