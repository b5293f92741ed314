package io.jsetl.runtime.config;

import com.typesafe.config.Config;
import io.jsetl.runtime.RuntimeErrors;
import java.util.Locale;
import java.util.Objects;
import org.apache.spark.storage.StorageLevel;

/**
 * How jsetl persists Datasets that several nodes share ({@code jsetl.cache}, {@code
 * jsetl.cache-storage-level}).
 *
 * @param enabled {@code jsetl.cache = auto}; {@code off} persists nothing
 * @param storageLevel the name of a Spark storage level other than {@code NONE}, upper case
 */
public record CacheSettings(boolean enabled, String storageLevel) {
  public CacheSettings {
    Objects.requireNonNull(storageLevel, "storageLevel");
    storageLevel = storageLevel.strip().toUpperCase(Locale.ROOT);
    if (!isLevel(storageLevel)) {
      throw RuntimeErrors.badCacheStorageLevel();
    }
  }

  /** Read and checked when a pipeline is built, so that a typo fails before anything runs. */
  static CacheSettings read(Config config) {
    String mode = config.getString("jsetl.cache").strip().toLowerCase(Locale.ROOT);
    if (!mode.equals("auto") && !mode.equals("off")) {
      throw RuntimeErrors.badCacheMode();
    }
    return new CacheSettings(mode.equals("auto"), config.getString("jsetl.cache-storage-level"));
  }

  /** {@code auto} or {@code off}, as configured. */
  public String mode() {
    return enabled ? "auto" : "off";
  }

  /** The level as Spark knows it. */
  public StorageLevel level() {
    return StorageLevel.fromString(storageLevel);
  }

  private static boolean isLevel(String name) {
    if (name.equals("NONE")) {
      return false; // persisting at NONE caches nothing; jsetl.cache = off says that plainly
    }
    try {
      StorageLevel.fromString(name);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
