package io.jsetl.processor.model.graph;

import com.palantir.javapoet.ClassName;
import java.util.Objects;
import javax.lang.model.element.AnnotationMirror;
import org.jspecify.annotations.Nullable;

/**
 * A {@code @Validate} on a deliverable parameter (checked as the factory reads it) or on a {@code
 * @Deliver} method (its output checked before it is written or read).
 *
 * @param annotation the {@code @Validate}, where diagnostics point
 * @param onFailure the {@code OnFailure} constant written, or null when {@code onFailure} was left
 *     out and the setting {@code jsetl.validation.on-failure} decides
 * @param quarantine the connector that receives dropped rows, or {@code ""}
 * @param companion {@code Citizen_}, whose {@code RULES} check a {@code Dataset<Citizen>}; null
 *     when the validated type is not a {@code Dataset} of a {@code @Schema} record (an error)
 * @param type the validated type without packages, for messages
 */
public record ValidationModel(
    AnnotationMirror annotation,
    @Nullable String onFailure,
    String quarantine,
    @Nullable ClassName companion,
    String type) {
  public ValidationModel {
    Objects.requireNonNull(annotation, "annotation");
    Objects.requireNonNull(quarantine, "quarantine");
    Objects.requireNonNull(type, "type");
  }

  public boolean hasQuarantine() {
    return !quarantine.isEmpty();
  }
}
