package io.jsetl.runtime.wiring;

import io.jsetl.dsl.OnFailure;
import io.jsetl.dsl.RuleSet;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A {@code @Validate} point as the processor read it: on an input (checked as the factory reads it)
 * or on a factory's output (checked before its sink is written and before consumers read it).
 *
 * @param onFailure the mode written in {@code @Validate}, or {@code null} when it was omitted and
 *     the setting {@code jsetl.validation.on-failure} decides
 * @param quarantine connector receiving rows dropped in {@code DROP} mode, or {@code ""}
 * @param rules the record's {@code X_.RULES}
 */
public record ValidationSpec(@Nullable OnFailure onFailure, String quarantine, RuleSet<?> rules) {
  public ValidationSpec {
    Objects.requireNonNull(quarantine, "quarantine");
    Objects.requireNonNull(rules, "rules");
  }

  /** The mode that applies: the one written, else {@code configured}. */
  public OnFailure mode(OnFailure configured) {
    return onFailure != null ? onFailure : configured;
  }

  public boolean hasQuarantine() {
    return !quarantine.isEmpty();
  }
}
