package io.jsetl.processor.model.graph;

import java.util.Objects;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;

/**
 * A class listed in {@code @Pipeline(factories = ...)}, with the annotation value that names it
 * (where a diagnostic about the listing points).
 */
public record ListedFactory(
    FactoryModel factory, AnnotationMirror annotation, AnnotationValue anchor) {
  public ListedFactory {
    Objects.requireNonNull(factory, "factory");
    Objects.requireNonNull(annotation, "annotation");
    Objects.requireNonNull(anchor, "anchor");
  }
}
