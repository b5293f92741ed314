package io.jsetl.connectors.file;

import io.jsetl.connectors.internal.CommonKeys;
import io.jsetl.connectors.internal.SaveModes;
import io.jsetl.connectors.internal.SparkOptions;
import io.jsetl.runtime.connect.ConnectorConfig;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.SaveMode;

/**
 * A checked file connector configuration, as Spark needs it.
 *
 * @param options Spark reader and writer options: those derived from jsetl's keys ({@code header},
 *     {@code delimiter}, ...), then {@code options { ... }}, which win. Keys ignore case, as in
 *     Spark. Spark's parse mode is kept apart in {@code parseMode}.
 * @param parseMode Spark's parse mode for CSV and JSON reads, upper case; FAILFAST unless {@code
 *     options.mode} says otherwise
 */
record FileSettings(
    String connector,
    FileFormat format,
    String path,
    String saveMode,
    List<String> partitionBy,
    Map<String, String> options,
    String parseMode) {

  static final String FAILFAST = "FAILFAST";
  private static final String SPARK_MODE_OPTION = "mode";

  FileSettings {
    partitionBy = List.copyOf(partitionBy);
    options = Collections.unmodifiableMap(SparkOptions.caseInsensitive(options));
  }

  /** Reads a configuration that {@link FileConnectorProvider#check} accepted. */
  static FileSettings from(ConnectorConfig config, FileFormat format) {
    Map<String, String> options = SparkOptions.of(derivedOptions(config, format), config);
    String parseMode =
        options.containsKey(SPARK_MODE_OPTION)
            ? options.remove(SPARK_MODE_OPTION).toUpperCase(Locale.ROOT)
            : FAILFAST;
    return new FileSettings(
        config.name(),
        format,
        config.config().getString(CommonKeys.PATH),
        SaveModes.normalized(config.string(SaveModes.KEY)),
        CommonKeys.partitionColumns(config),
        options,
        parseMode);
  }

  /** Spark options for jsetl's own keys of this format. */
  private static Map<String, String> derivedOptions(ConnectorConfig config, FileFormat format) {
    Map<String, String> options = new TreeMap<>();
    switch (format) {
      case CSV -> {
        options.put("header", String.valueOf(config.bool(FileKeys.HEADER, true)));
        config.string(FileKeys.DELIMITER).ifPresent(d -> options.put("sep", d));
        options.put("inferSchema", String.valueOf(config.bool(FileKeys.INFER_SCHEMA, false)));
      }
      case JSON -> options.put("multiLine", String.valueOf(config.bool(FileKeys.MULTILINE, false)));
      case PARQUET, ORC, TEXT -> {}
    }
    return options;
  }

  SaveMode sparkSaveMode() {
    return SaveModes.toSpark(saveMode);
  }

  /** Whether CSV files start with a header line (after {@code options} had their say). */
  boolean header() {
    return Boolean.parseBoolean(options.getOrDefault("header", "false"));
  }

  /** Whether typed reads must fail on a malformed record; see {@link MalformedRecordGuard}. */
  boolean failOnMalformed() {
    return format.parsesRecords() && FAILFAST.equals(parseMode);
  }
}
