package io.jsetl.processor.validation.graph;

import com.palantir.javapoet.ClassName;
import io.jsetl.processor.model.graph.FactoryModel;
import io.jsetl.processor.model.graph.InjectedModel;
import io.jsetl.processor.model.graph.InputModel;
import io.jsetl.processor.model.graph.NodeModel;
import io.jsetl.processor.model.graph.ParameterModel;
import io.jsetl.processor.util.Accessibility;
import io.jsetl.processor.util.AnnotationValues;
import io.jsetl.processor.validation.Code;
import io.jsetl.processor.validation.Messages;
import io.jsetl.processor.validation.Report;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;

/**
 * {@code FactoryShape}: generated code must be able to name the class, create or receive an
 * instance of it, and call each {@code @Deliver} method directly with the values the runtime has.
 */
public final class FactoryShapeValidator implements FactoryValidator {
  @Override
  public void validate(FactoryModel factory, Report report) {
    validateClass(factory.element(), report);
    Set<String> names = new HashSet<>();
    for (NodeModel node : factory.nodes()) {
      validateMethod(node, report);
      if (!names.add(node.methodName())) {
        report.add(Code.FactoryShape, Messages.deliverOverloaded(node.name()), node.method());
      }
      for (ParameterModel parameter : node.parameters()) {
        validateParameter(node, parameter, report);
      }
    }
  }

  private static void validateClass(TypeElement type, Report report) {
    String name = displayName(type);
    if (type.getKind() != ElementKind.CLASS && type.getKind() != ElementKind.RECORD) {
      report.add(Code.FactoryShape, Messages.factoryNotClass(name, kindWord(type)), type);
    } else if (type.getNestingKind() == NestingKind.MEMBER
        && !type.getModifiers().contains(Modifier.STATIC)) {
      report.add(
          Code.FactoryShape,
          Messages.factoryInner(name, displayName((TypeElement) type.getEnclosingElement())),
          type);
    } else if (!Accessibility.isPublicEverywhere(type)) {
      report.add(Code.FactoryShape, Messages.factoryNotPublic(name), type);
    }
    if (!type.getTypeParameters().isEmpty()) {
      report.add(
          Code.FactoryShape, Messages.factoryGeneric(name, Describe.typeParameters(type)), type);
    }
  }

  private static void validateMethod(NodeModel node, Report report) {
    ExecutableElement method = node.method();
    if (!method.getModifiers().contains(Modifier.PUBLIC)) {
      report.add(Code.FactoryShape, Messages.deliverNotPublic(node.name()), method);
    }
    if (method.getModifiers().contains(Modifier.ABSTRACT)) {
      report.add(Code.FactoryShape, Messages.deliverAbstract(node.name()), method);
    }
    if (!method.getTypeParameters().isEmpty()) {
      report.add(
          Code.FactoryShape,
          Messages.deliverGeneric(node.name(), Describe.typeParameters(method)),
          method);
    }
    if (method.getReturnType().getKind() == TypeKind.VOID) {
      report.add(Code.FactoryShape, Messages.deliverVoid(node.name()), method);
    }
  }

  private static void validateParameter(NodeModel node, ParameterModel parameter, Report report) {
    String where = Describe.parameter(node, parameter);
    if (parameter instanceof InjectedModel injected && injected.strayInput() != null) {
      report.add(
          Code.FactoryShape,
          Messages.injectedWithInput(where, injected.injection().simpleTypeName()),
          injected.element(),
          injected.strayInput(),
          null);
    } else if (parameter instanceof InputModel input) {
      if (input.optional() && input.type().getKind().isPrimitive()) {
        report.add(
            Code.FactoryShape,
            Messages.optionalPrimitive(where, input.type().toString(), input.key().simpleType()),
            input.element(),
            input.annotation(),
            AnnotationValues.explicit(input.annotation(), "optional"));
      }
      if (input.source() != null && input.producer() != null) {
        report.add(
            Code.FactoryShape,
            Messages.sourceWithProducer(
                where, input.source().connector(), input.producer().simpleName()),
            input.element(),
            input.annotation(),
            input.producer().anchor());
      }
    }
  }

  /**
   * {@code Outer.Inner}: the class without its package. (javac never shows processors the methods
   * of local or anonymous classes, so factories always have a canonical name.)
   */
  static String displayName(TypeElement type) {
    return String.join(".", ClassName.get(type).simpleNames());
  }

  /** {@code an interface}, {@code an enum}, ... */
  static String kindWord(TypeElement type) {
    String kind = type.getKind().name().toLowerCase(Locale.ROOT).replace('_', ' ');
    if (type.getKind() == ElementKind.ANNOTATION_TYPE) {
      kind = "annotation interface";
    }
    return ("aeiou".indexOf(kind.charAt(0)) >= 0 ? "an " : "a ") + kind;
  }
}
