package io.jsetl.connectors.delta;

import io.jsetl.connectors.internal.CommonKeys;
import io.jsetl.connectors.internal.SaveModes;
import io.jsetl.connectors.internal.SparkOptions;
import io.jsetl.runtime.connect.ConnectorConfig;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SaveMode;
import org.jspecify.annotations.Nullable;

/**
 * A checked Delta connector configuration, as Spark needs it. Exactly one of {@code path} and
 * {@code table} is set.
 *
 * @param options Spark reader and writer options: {@code mergeSchema} from {@code merge-schema},
 *     then {@code options { ... }}, which win. Keys ignore case.
 */
record DeltaSettings(
    String connector,
    @Nullable String path,
    @Nullable String table,
    String saveMode,
    List<String> partitionBy,
    Map<String, String> options) {

  static final String STORAGE = "delta";

  DeltaSettings {
    partitionBy = List.copyOf(partitionBy);
    options = Collections.unmodifiableMap(SparkOptions.caseInsensitive(options));
  }

  /** Reads a configuration that {@link DeltaProvider#check} accepted. */
  static DeltaSettings from(ConnectorConfig config) {
    Map<String, String> derived =
        config.bool(DeltaKeys.MERGE_SCHEMA, false) ? Map.of("mergeSchema", "true") : Map.of();
    return new DeltaSettings(
        config.name(),
        config.string(CommonKeys.PATH).orElse(null),
        config.string(DeltaKeys.TABLE).orElse(null),
        SaveModes.normalized(config.string(SaveModes.KEY)),
        CommonKeys.partitionColumns(config),
        SparkOptions.of(derived, config));
  }

  /** Where the table is, for messages: its path, or {@code table <name>}. */
  String where() {
    return path != null ? path : "table " + table;
  }

  SaveMode sparkSaveMode() {
    return SaveModes.toSpark(saveMode);
  }
}
