package io.jsetl.connectors.delta;

import io.jsetl.connectors.internal.CommonKeys;
import io.jsetl.connectors.internal.ConfigKey;
import io.jsetl.connectors.internal.SaveModes;
import io.jsetl.runtime.connect.ConfigProblem;
import io.jsetl.runtime.connect.ConnectorConfig;
import java.util.List;

/** The configuration keys of Delta connectors, and the rule that places a table. */
final class DeltaKeys {
  static final String TABLE = "table";
  static final String MERGE_SCHEMA = "merge-schema";

  static final List<ConfigKey> ALL =
      List.of(
          CommonKeys.storage("storage = delta"),
          CommonKeys.path("path = \"out/city_stats\""),
          ConfigKey.string(TABLE, "table = sales.city_stats"),
          SaveModes.key(),
          CommonKeys.partitionBy(),
          ConfigKey.bool(MERGE_SCHEMA, "merge-schema = true"),
          CommonKeys.options("options { versionAsOf = 3 }"));

  private DeltaKeys() {}

  /** Exactly one of {@code path} and {@code table} says where the table is. */
  static List<ConfigProblem> place(ConnectorConfig config) {
    boolean path = config.has(CommonKeys.PATH);
    boolean table = config.has(TABLE);
    if (path && table) {
      return List.of(
          new ConfigProblem(
              config.name(),
              TABLE,
              "cannot be set together with path: a Delta connector is either a table in a directory"
                  + " (path) or a table of Spark's catalog (table). Remove one of them."));
    }
    if (!path && !table) {
      return List.of(
          new ConfigProblem(
              config.name(),
              CommonKeys.PATH,
              "is required unless table is set. Set path = \"out/city_stats\" for a Delta table"
                  + " in a directory, or table = sales.city_stats for a table of Spark's"
                  + " catalog."));
    }
    return List.of();
  }
}
