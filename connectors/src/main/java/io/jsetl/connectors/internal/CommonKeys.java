package io.jsetl.connectors.internal;

import com.typesafe.config.Config;
import io.jsetl.runtime.connect.ConnectorConfig;
import java.util.List;

/**
 * Keys that mean the same for every storage, with their checks; each connector adds its example
 * values and its own keys. {@code mode} is in {@link SaveModes}.
 */
public final class CommonKeys {
  /** Which provider serves the connector; the runtime reads it, the provider only allows it. */
  public static final String STORAGE = "storage";

  public static final String PATH = "path";
  public static final String PARTITION_BY = "partition-by";

  /** Passed as-is to Spark's reader and writer; they win over the connector's own keys. */
  public static final String OPTIONS = "options";

  private CommonKeys() {}

  public static ConfigKey storage(String example) {
    return ConfigKey.string(STORAGE, example);
  }

  public static ConfigKey path(String example) {
    return ConfigKey.string(PATH, example);
  }

  public static ConfigKey partitionBy() {
    return ConfigKey.stringList(PARTITION_BY, "partition-by = [city]");
  }

  /** The columns of {@code partition-by}, or none. */
  public static List<String> partitionColumns(ConnectorConfig config) {
    Config c = config.config();
    return c.hasPath(PARTITION_BY) ? c.getStringList(PARTITION_BY) : List.of();
  }

  public static ConfigKey options(String example) {
    return ConfigKey.object(OPTIONS, example);
  }
}
