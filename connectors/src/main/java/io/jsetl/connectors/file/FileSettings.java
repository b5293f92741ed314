package io.jsetl.connectors.file;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigUtil;
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
    options = Collections.unmodifiableMap(caseInsensitive(options));
  }

  /** Reads a configuration that {@link FileConnectorProvider#check} accepted. */
  static FileSettings from(ConnectorConfig config, FileFormat format) {
    Config c = config.config();
    Map<String, String> options = caseInsensitive(derivedOptions(config, format));
    if (c.hasPath(FileKeys.OPTIONS)) {
      Config userOptions = c.getConfig(FileKeys.OPTIONS);
      userOptions
          .entrySet()
          .forEach(
              e -> options.put(optionName(e.getKey()), String.valueOf(e.getValue().unwrapped())));
    }
    String parseMode =
        options.containsKey(SPARK_MODE_OPTION)
            ? options.remove(SPARK_MODE_OPTION).toUpperCase(Locale.ROOT)
            : FAILFAST;
    return new FileSettings(
        config.name(),
        format,
        c.getString(FileKeys.PATH),
        config.string(FileKeys.MODE).orElse("error").toLowerCase(Locale.ROOT),
        c.hasPath(FileKeys.PARTITION_BY) ? c.getStringList(FileKeys.PARTITION_BY) : List.of(),
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

  /** {@code options { "a.b" = 1 }} and {@code options { a.b = 1 }} both mean Spark option a.b. */
  private static String optionName(String path) {
    return String.join(".", ConfigUtil.splitPath(path));
  }

  private static Map<String, String> caseInsensitive(Map<String, String> map) {
    Map<String, String> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    copy.putAll(map);
    return copy;
  }

  SaveMode sparkSaveMode() {
    return switch (saveMode) {
      case "overwrite" -> SaveMode.Overwrite;
      case "append" -> SaveMode.Append;
      case "ignore" -> SaveMode.Ignore;
      default -> SaveMode.ErrorIfExists;
    };
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
