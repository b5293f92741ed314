package io.jsetl.processor.validation.graph;

import io.jsetl.dsl.Deliver;
import io.jsetl.dsl.Validate;
import io.jsetl.processor.util.AnnotationValues;
import io.jsetl.processor.validation.Code;
import io.jsetl.processor.validation.Messages;
import io.jsetl.processor.validation.Report;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;

/**
 * {@code @Validate} only on a {@code @Deliver} method or on a parameter of one: anywhere else it
 * would be silently ignored. (What it may validate there is {@link ValidateValidator}'s job.)
 */
public final class ValidatePlacementValidator {
  private ValidatePlacementValidator() {}

  /** Reports {@code @Validate} on {@code annotated} when it is not in a {@code @Deliver} method. */
  public static void check(Element annotated, Report report) {
    boolean parameter = annotated.getKind() == ElementKind.PARAMETER;
    Element method = parameter ? annotated.getEnclosingElement() : annotated;
    if (AnnotationValues.has(method, Deliver.class)) {
      return;
    }
    String where = "method `" + method.getSimpleName() + "()` of `" + owner(method) + "`";
    if (method.getKind() == ElementKind.CONSTRUCTOR) {
      where = "the constructor of `" + owner(method) + "`";
    }
    report.add(
        Code.InvalidCheck,
        Messages.validateWithoutDeliver(
            parameter ? "parameter `" + annotated.getSimpleName() + "` of " + where : where),
        annotated,
        AnnotationValues.find(annotated, Validate.class).orElse(null),
        null);
  }

  private static String owner(Element method) {
    return FactoryShapeValidator.displayName((TypeElement) method.getEnclosingElement());
  }
}
