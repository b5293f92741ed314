package io.jsetl.connectors.file;

import io.jsetl.connectors.internal.CommonKeys;
import io.jsetl.connectors.internal.ConfigKey;
import io.jsetl.connectors.internal.SaveModes;
import java.util.ArrayList;
import java.util.List;

/** The configuration keys of file connectors: the common ones, then each format's own. */
final class FileKeys {
  static final String HEADER = "header";
  static final String DELIMITER = "delimiter";
  static final String INFER_SCHEMA = "infer-schema";
  static final String MULTILINE = "multiline";

  /** Spark's parse mode, an entry of {@code options}; checked because jsetl acts on it. */
  static final String PARSE_MODE = CommonKeys.OPTIONS + ".mode";

  static final String[] PARSE_MODES = {"FAILFAST", "PERMISSIVE", "DROPMALFORMED"};

  private static final List<ConfigKey> COMMON =
      List.of(
          CommonKeys.storage("storage = csv"),
          CommonKeys.path("path = \"data/citizens.csv\"").asRequired(),
          SaveModes.key(),
          CommonKeys.partitionBy(),
          CommonKeys.options("options { compression = snappy }"));

  private FileKeys() {}

  /** Every key a connector of {@code format} understands. */
  static List<ConfigKey> of(FileFormat format) {
    List<ConfigKey> keys = new ArrayList<>(COMMON);
    switch (format) {
      case CSV -> {
        keys.add(ConfigKey.bool(HEADER, "header = true"));
        keys.add(ConfigKey.string(DELIMITER, "delimiter = \";\""));
        keys.add(ConfigKey.bool(INFER_SCHEMA, "infer-schema = true"));
      }
      case JSON -> keys.add(ConfigKey.bool(MULTILINE, "multiline = true"));
      case PARQUET, ORC, TEXT -> {}
    }
    if (format.parsesRecords()) {
      keys.add(ConfigKey.oneOf(PARSE_MODE, "options { mode = PERMISSIVE }", PARSE_MODES));
    }
    return List.copyOf(keys);
  }
}
