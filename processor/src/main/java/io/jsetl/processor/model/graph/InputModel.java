package io.jsetl.processor.model.graph;

import java.util.Objects;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;
import org.jspecify.annotations.Nullable;

/**
 * A deliverable parameter of a {@code @Deliver} method.
 *
 * @param index its position among the method's deliverable parameters (injected ones not counted):
 *     generated invokers read it as {@code in.get(index)}
 * @param key what it consumes
 * @param type its declared type (for generated code; may be primitive)
 * @param source set when it is read from a connector
 * @param producer set when only one factory class may produce it
 * @param annotation its {@code @Input}, if written
 * @param validation its {@code @Validate}, if written
 */
public record InputModel(
    VariableElement element,
    int index,
    DeliverableKey key,
    TypeMirror type,
    @Nullable SourceBinding source,
    @Nullable ProducerRef producer,
    boolean optional,
    @Nullable AnnotationMirror annotation,
    @Nullable ValidationModel validation)
    implements ParameterModel {
  public InputModel {
    Objects.requireNonNull(element, "element");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(type, "type");
  }
}
