package io.jsetl.runtime.config;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import io.jsetl.runtime.RuntimeErrors;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The engine's settings, read once per pipeline.
 *
 * @param config the effective configuration: system properties over the given config (or
 *     {@code application.conf}) over {@code reference.conf}; factories receive it
 * @param parallelism how many nodes may run at once
 * @param progress whether to print a console line per node
 * @param cache whether and how shared Datasets are persisted
 * @param validation how {@code @Validate} points behave
 */
public record JsetlSettings(
    Config config,
    int parallelism,
    boolean progress,
    CacheSettings cache,
    ValidationSettings validation) {
  public JsetlSettings {
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(cache, "cache");
    Objects.requireNonNull(validation, "validation");
    if (parallelism < 1) {
      throw RuntimeErrors.badParallelism();
    }
  }

  /**
   * @param given the config given to the pipeline's builder, or {@code null} for {@link
   *     ConfigFactory#load()}
   * @param parallelism given to the builder; wins over {@code jsetl.parallelism}, being more specific
   */
  public static JsetlSettings load(@Nullable Config given, @Nullable Integer parallelism) {
    Config config = given == null ? ConfigFactory.load() : ConfigFactory.load(given);
    int p = parallelism != null ? parallelism : parallelism(config);
    return new JsetlSettings(
        config,
        p,
        config.getBoolean("jsetl.progress"),
        CacheSettings.read(config),
        ValidationSettings.read(config));
  }

  /** {@code "auto"} means the number of cores, the natural bound for driver-side work. */
  static int parallelism(Config config) {
    String raw = config.getString("jsetl.parallelism").strip();
    if (raw.equalsIgnoreCase("auto")) {
      return Runtime.getRuntime().availableProcessors();
    }
    try {
      int n = Integer.parseInt(raw);
      if (n >= 1) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below, with the same message as a number below 1
    }
    throw RuntimeErrors.badParallelism();
  }
}
