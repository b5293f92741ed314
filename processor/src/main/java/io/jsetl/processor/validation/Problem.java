package io.jsetl.processor.validation;

import java.util.Objects;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import org.jspecify.annotations.Nullable;

/**
 * One diagnostic, anchored on the element at fault and, when known, on the annotation and the
 * annotation value (so the caret lands on {@code min = 5}, not on the whole component).
 */
public record Problem(
    Code code,
    String message,
    Element element,
    @Nullable AnnotationMirror annotation,
    @Nullable AnnotationValue value) {
  public Problem {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(element, "element");
  }

  /** The full text javac prints: {@code [jsetl/Code] message}. */
  public String text() {
    return code.tag() + " " + message;
  }
}
