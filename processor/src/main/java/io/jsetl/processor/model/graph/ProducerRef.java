package io.jsetl.processor.model.graph;

import java.util.Objects;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.TypeElement;

/**
 * {@code @Input(producer = X.class)}: only factories of {@code X} may produce the input.
 *
 * @param binaryName {@code com.acme.Outer$Inner}, as the runtime's {@code InputSpec.producer}
 * @param anchor the {@code producer} annotation value, where diagnostics point
 */
public record ProducerRef(TypeElement type, String binaryName, AnnotationValue anchor) {
  public ProducerRef {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(binaryName, "binaryName");
    Objects.requireNonNull(anchor, "anchor");
  }

  public String simpleName() {
    return type.getSimpleName().toString();
  }
}
