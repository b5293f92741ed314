package io.jsetl.processor.model.graph;

import io.jsetl.dsl.Named;
import io.jsetl.dsl.Pipeline;
import io.jsetl.processor.util.AnnotationValues;
import io.jsetl.processor.util.ErrorTypes;
import io.jsetl.processor.util.GeneratedNames;
import io.jsetl.processor.util.TypeStrings;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Reads a {@code @Pipeline} type into a {@link PipelineModel}: its listed factories (through
 * annotation mirrors, never {@code Class} values) and its requested outputs (abstract methods,
 * inherited ones included, except those of {@code JsetlPipeline} and {@code Object}).
 */
public final class PipelineReader {
  /** Its methods are implemented by the runtime's {@code GeneratedPipeline}, not outputs. */
  private static final String JSETL_PIPELINE = "io.jsetl.runtime.JsetlPipeline";

  private final Elements elements;
  private final Types types;
  private final FactoryReader factoryReader;

  /** One model per factory class and round, shared by the pipelines that list it. */
  private final Map<String, FactoryModel> factories = new HashMap<>();

  public PipelineReader(ProcessingEnvironment env, FactoryReader factoryReader) {
    this.elements = env.getElementUtils();
    this.types = env.getTypeUtils();
    this.factoryReader = factoryReader;
  }

  /** The {@code @Pipeline} annotation of {@code type}. */
  public static AnnotationMirror annotation(TypeElement type) {
    return AnnotationValues.find(type, Pipeline.class).orElseThrow();
  }

  /** Whether an output's type, a listed factory, or one of its signatures is not resolved (yet). */
  public boolean hasUnresolvedTypes(TypeElement type) {
    for (AnnotationValue value : AnnotationValues.listValue(annotation(type), "factories")) {
      if (!(value.getValue() instanceof DeclaredType factory)
          || ErrorTypes.containsError(factory)
          || factoryReader.hasUnresolvedTypes((TypeElement) factory.asElement())) {
        return true;
      }
    }
    return outputMethods(type).stream().anyMatch(m -> ErrorTypes.containsError(m.getReturnType()));
  }

  public PipelineModel read(TypeElement type) {
    AnnotationMirror annotation = annotation(type);
    List<ListedFactory> listed = new ArrayList<>();
    for (AnnotationValue value : AnnotationValues.listValue(annotation, "factories")) {
      TypeElement factory = (TypeElement) ((DeclaredType) value.getValue()).asElement();
      FactoryModel model =
          factories.computeIfAbsent(
              factory.getQualifiedName().toString(), name -> factoryReader.read(factory));
      listed.add(new ListedFactory(model, annotation, value));
    }
    List<OutputModel> outputs = new ArrayList<>();
    for (ExecutableElement method : outputMethods(type)) {
      String id =
          AnnotationValues.find(method, Named.class)
              .map(named -> AnnotationValues.stringValue(named, "value"))
              .orElse("");
      TypeMirror returned = method.getReturnType();
      outputs.add(
          new OutputModel(
              method, new DeliverableKey(TypeStrings.canonical(returned, types), id), returned));
    }
    return new PipelineModel(type, GeneratedNames.pipeline(type), listed, outputs);
  }

  /** The abstract methods a generated {@code JsetlX} must implement, sorted by name. */
  private List<ExecutableElement> outputMethods(TypeElement type) {
    return ElementFilter.methodsIn(elements.getAllMembers(type)).stream()
        .filter(m -> m.getModifiers().contains(Modifier.ABSTRACT))
        .filter(m -> !declaredBy(m, JSETL_PIPELINE) && !overridesObject(m, type))
        .sorted(
            Comparator.comparing((ExecutableElement m) -> m.getSimpleName().toString())
                .thenComparing(m -> m.getParameters().size()))
        .toList();
  }

  /**
   * {@code String toString();} redeclared in an interface is not an output: Object implements it.
   */
  private boolean overridesObject(ExecutableElement method, TypeElement type) {
    TypeElement object = elements.getTypeElement("java.lang.Object");
    return declaredBy(method, "java.lang.Object")
        || ElementFilter.methodsIn(object.getEnclosedElements()).stream()
            .anyMatch(o -> elements.overrides(method, o, type));
  }

  private static boolean declaredBy(ExecutableElement method, String qualifiedName) {
    return ((TypeElement) method.getEnclosingElement())
        .getQualifiedName()
        .contentEquals(qualifiedName);
  }
}
