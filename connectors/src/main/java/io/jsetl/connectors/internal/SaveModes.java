package io.jsetl.connectors.internal;

import java.util.Locale;
import java.util.Optional;
import org.apache.spark.sql.SaveMode;

/**
 * The {@code mode} key every writing connector shares: what a write does when data is already
 * there. The values are Spark's; {@code error} and {@code errorifexists} are the same.
 */
public final class SaveModes {
  /** The key's name. */
  public static final String KEY = "mode";

  /** What a connector writes with when {@code mode} is not set: never destroy data by default. */
  public static final String DEFAULT = "error";

  private static final String[] VALUES = {
    "append", "error", "errorifexists", "ignore", "overwrite"
  };

  private SaveModes() {}

  /** The key, for a connector's list of keys. */
  public static ConfigKey key() {
    return ConfigKey.oneOf(KEY, "mode = overwrite", VALUES);
  }

  /** A checked value of {@code mode}, lower case, or the default when absent. */
  public static String normalized(Optional<String> value) {
    return value.orElse(DEFAULT).toLowerCase(Locale.ROOT);
  }

  /** Spark's save mode for a value {@link #normalized} returned. */
  public static SaveMode toSpark(String mode) {
    return switch (mode) {
      case "overwrite" -> SaveMode.Overwrite;
      case "append" -> SaveMode.Append;
      case "ignore" -> SaveMode.Ignore;
      default -> SaveMode.ErrorIfExists;
    };
  }
}
