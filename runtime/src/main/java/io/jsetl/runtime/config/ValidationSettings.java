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
 */
public record ValidationSettings(OnFailure onFailure, Duration metricsWait) {
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
    return new ValidationSettings(onFailure, config.getDuration("jsetl.validation.metrics-wait"));
  }
}
