package io.jsetl.processor.model.schema;

import io.jsetl.processor.util.AnnotationValues;
import java.util.List;
import javax.lang.model.AnnotatedConstruct;
import javax.lang.model.element.AnnotationMirror;

/**
 * Finds {@code @Nullable} marks: any annotation whose simple name is {@code Nullable}, so that
 * JSpecify's, Checker Framework's and JSR 305's all count. JSpecify's is a type-use annotation: it
 * sits on the component's type (or on a type argument), not on the component, so both are read.
 */
final class Nullability {
  private static final String SIMPLE_NAME = "Nullable";

  private Nullability() {}

  /** Whether any of the constructs (elements or types) carries a {@code Nullable} annotation. */
  static boolean isMarked(AnnotatedConstruct... constructs) {
    for (AnnotatedConstruct construct : constructs) {
      if (hasNullable(construct.getAnnotationMirrors())) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasNullable(List<? extends AnnotationMirror> mirrors) {
    return mirrors.stream().anyMatch(m -> AnnotationValues.simpleName(m).equals(SIMPLE_NAME));
  }
}
