package io.jsetl.processor.model.graph;

import java.util.Objects;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.VariableElement;
import org.jspecify.annotations.Nullable;

/**
 * A parameter the runtime injects ({@code SparkSession}, {@code Config}, {@code RunContext}).
 *
 * @param strayInput an {@code @Input} the user put on it anyway (a mistake that validation reports)
 * @param strayValidate a {@code @Validate} on it (a mistake too: nothing to validate)
 */
public record InjectedModel(
    VariableElement element,
    Injection injection,
    @Nullable AnnotationMirror strayInput,
    @Nullable AnnotationMirror strayValidate)
    implements ParameterModel {
  public InjectedModel {
    Objects.requireNonNull(element, "element");
    Objects.requireNonNull(injection, "injection");
  }
}
