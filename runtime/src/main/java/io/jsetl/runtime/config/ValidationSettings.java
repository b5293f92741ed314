package io.jsetl.runtime.config;

import com.typesafe.config.Config;
import io.jsetl.dsl.OnFailure;
import io.jsetl.runtime.RuntimeErrors;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * How {@code @Validate} points behave ({@code jsetl.validation.*}).
 *
 * @param onFailure the mode of a {@code @Validate} that names none
 * @param metricsWait how long to wait, after a job read validated data, for Spark to deliver the
 *     job's metrics (they travel through Spark's listener bus) before counting the data again
 * @param statisticsMaxFiles a validated input that is a plain Parquet or Delta scan of at most this
 *     many files has its rules proven from the files' statistics where they can be; 0 turns it off
 */
public record ValidationSettings(OnFailure onFailure, Duration metricsWait, int statisticsMaxFiles) {
  public ValidationSettings {
    Objects.requireNonNull(onFailure, "onFailure");
    Objects.requireNonNull(metricsWait, "metricsWait");
  }

  /** Read and checked when a pipeline is built, so that a typo fails before anything runs. */
  static ValidationSettings read(Config config) {
    String mode = config.getString("jsetl.validation.on-failure").strip().toUpperCase(Locale.ROOT);
    OnFailure onFailure;
    try {
      onFailure = OnFailure.valueOf(mode);
    } catch (IllegalArgumentException e) {
      throw RuntimeErrors.badValidationMode(mode);
    }
    int maxFiles = config.getInt("jsetl.validation.file-statistics-max-files");
    if (maxFiles < 0) {
      throw RuntimeErrors.badStatisticsMaxFiles(maxFiles);
    }
    return new ValidationSettings(
        onFailure, config.getDuration("jsetl.validation.metrics-wait"), maxFiles);
  }
}
