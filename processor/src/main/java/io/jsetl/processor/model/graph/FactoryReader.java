package io.jsetl.processor.model.graph;

import com.palantir.javapoet.ClassName;
import io.jsetl.dsl.Deliver;
import io.jsetl.dsl.Input;
import io.jsetl.dsl.Schema;
import io.jsetl.dsl.Validate;
import io.jsetl.processor.util.AnnotationValues;
import io.jsetl.processor.util.ErrorTypes;
import io.jsetl.processor.util.GeneratedNames;
import io.jsetl.processor.util.TypeStrings;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import org.jspecify.annotations.Nullable;

/**
 * Reads a class's {@code @Deliver} methods into a {@link FactoryModel}. Reading never rejects
 * anything (validation does); it only needs every type in the signatures to be resolved, which
 * {@link #hasUnresolvedTypes} checks first.
 */
public final class FactoryReader {
  private static final String DATASET = "org.apache.spark.sql.Dataset";
  private static final String ROW = "org.apache.spark.sql.Row";

  private final Elements elements;
  private final Types types;

  public FactoryReader(ProcessingEnvironment env) {
    this.elements = env.getElementUtils();
    this.types = env.getTypeUtils();
  }

  /** The {@code @Deliver} methods {@code type} declares, in declaration order. */
  public static List<ExecutableElement> deliverMethods(TypeElement type) {
    return ElementFilter.methodsIn(type.getEnclosedElements()).stream()
        .filter(m -> AnnotationValues.has(m, Deliver.class))
        .toList();
  }

  /** Whether a signature or a {@code producer} mentions a type javac has not resolved (yet). */
  public boolean hasUnresolvedTypes(TypeElement type) {
    for (ExecutableElement method : deliverMethods(type)) {
      if (ErrorTypes.containsError(method.getReturnType())) {
        return true;
      }
      for (VariableElement parameter : method.getParameters()) {
        if (ErrorTypes.containsError(parameter.asType())) {
          return true;
        }
        Optional<AnnotationMirror> input = AnnotationValues.find(parameter, Input.class);
        if (input.isPresent() && producerUnresolved(input.get())) {
          return true;
        }
      }
    }
    return false;
  }

  public FactoryModel read(TypeElement type) {
    List<NodeModel> nodes = new ArrayList<>();
    for (ExecutableElement method : deliverMethods(type)) {
      nodes.add(node(type, method));
    }
    // Stable: overloads (a FactoryShape error) keep declaration order.
    nodes.sort(Comparator.comparing(NodeModel::name));
    return new FactoryModel(
        type,
        elements.getBinaryName(type).toString(),
        ClassName.get(type),
        GeneratedNames.wiring(type),
        nodes,
        instantiation(type, nodes));
  }

  private NodeModel node(TypeElement type, ExecutableElement method) {
    AnnotationMirror deliver = AnnotationValues.find(method, Deliver.class).orElseThrow();
    DeliverableKey output =
        new DeliverableKey(
            TypeStrings.canonical(method.getReturnType(), types),
            AnnotationValues.stringValue(deliver, "id"));
    List<ParameterModel> parameters = new ArrayList<>();
    int index = 0;
    for (VariableElement parameter : method.getParameters()) {
      Optional<Injection> injection = Injection.forType(erasedName(parameter.asType()));
      Optional<AnnotationMirror> input = AnnotationValues.find(parameter, Input.class);
      Optional<AnnotationMirror> validate = AnnotationValues.find(parameter, Validate.class);
      if (injection.isPresent()) {
        parameters.add(
            new InjectedModel(
                parameter, injection.get(), input.orElse(null), validate.orElse(null)));
      } else {
        parameters.add(
            input(
                parameter,
                index++,
                input.orElse(null),
                validate.map(v -> validation(v, parameter.asType())).orElse(null)));
      }
    }
    return new NodeModel(
        method,
        type,
        type.getSimpleName() + "." + method.getSimpleName(),
        output,
        method.getReturnType(),
        parameters,
        method.getModifiers().contains(Modifier.STATIC),
        AnnotationValues.stringValue(deliver, "sink"),
        AnnotationValues.find(method, Validate.class)
            .map(v -> validation(v, method.getReturnType()))
            .orElse(null));
  }

  /** {@code @Validate} on something of type {@code type}: what the wiring passes the runtime. */
  private ValidationModel validation(AnnotationMirror validate, TypeMirror type) {
    return new ValidationModel(
        validate,
        AnnotationValues.explicitEnumName(validate, "onFailure"),
        AnnotationValues.stringValue(validate, "quarantine"),
        recordDatasetCompanion(type),
        TypeStrings.simple(TypeStrings.canonical(type, types)));
  }

  private InputModel input(
      VariableElement parameter,
      int index,
      @Nullable AnnotationMirror annotation,
      @Nullable ValidationModel validation) {
    String id = annotation == null ? "" : AnnotationValues.stringValue(annotation, "id");
    String source = annotation == null ? "" : AnnotationValues.stringValue(annotation, "source");
    boolean optional = annotation != null && AnnotationValues.booleanValue(annotation, "optional");
    DeliverableKey key = new DeliverableKey(TypeStrings.canonical(parameter.asType(), types), id);
    SourceBinding binding =
        annotation == null || source.isEmpty()
            ? null
            : sourceBinding(
                source, parameter.asType(), AnnotationValues.explicit(annotation, "source"));
    return new InputModel(
        parameter,
        index,
        key,
        parameter.asType(),
        binding,
        producer(annotation),
        optional,
        annotation,
        validation);
  }

  private @Nullable ProducerRef producer(@Nullable AnnotationMirror annotation) {
    if (annotation == null
        || !(AnnotationValues.value(annotation, "producer").getValue()
            instanceof DeclaredType producer)) {
      return null; // void.class, the default, means any producer
    }
    TypeElement type = (TypeElement) producer.asElement();
    return new ProducerRef(
        type,
        elements.getBinaryName(type).toString(),
        AnnotationValues.explicit(annotation, "producer"));
  }

  /** javac gives an unresolved class literal as an error type, or as a non-type value. */
  private boolean producerUnresolved(AnnotationMirror input) {
    Object value = AnnotationValues.value(input, "producer").getValue();
    return !(value instanceof TypeMirror type)
        || (type.getKind() != TypeKind.VOID && ErrorTypes.containsError(type));
  }

  /** Which encoder a connector needs for {@code type}: see {@link SourceBinding.SourceKind}. */
  private static SourceBinding sourceBinding(
      String connector, TypeMirror type, AnnotationValue anchor) {
    ClassName companion = recordDatasetCompanion(type);
    if (companion != null) {
      return new SourceBinding(connector, SourceBinding.SourceKind.RECORDS, companion, anchor);
    }
    TypeElement element = datasetElement(type);
    if (element != null && element.getQualifiedName().contentEquals(ROW)) {
      return new SourceBinding(connector, SourceBinding.SourceKind.ROWS, null, anchor);
    }
    return new SourceBinding(connector, SourceBinding.SourceKind.UNSUPPORTED, null, anchor);
  }

  /**
   * {@code Citizen_} for a {@code Dataset<Citizen>} of a {@code @Schema} record: its {@code
   * ENCODER} decodes the rows, its {@code RULES} check them; null for any other type.
   */
  private static @Nullable ClassName recordDatasetCompanion(TypeMirror type) {
    TypeElement element = datasetElement(type);
    return element != null
            && element.getKind() == ElementKind.RECORD
            && AnnotationValues.has(element, Schema.class)
        ? GeneratedNames.schemaCompanion(element)
        : null;
  }

  /** {@code X} of a {@code Dataset<X>}; null for any other type. */
  private static @Nullable TypeElement datasetElement(TypeMirror type) {
    if (type instanceof DeclaredType declared
        && erasedName(declared).equals(DATASET)
        && declared.getTypeArguments().size() == 1
        && declared.getTypeArguments().get(0) instanceof DeclaredType element) {
      return (TypeElement) element.asElement();
    }
    return null;
  }

  private static Instantiation instantiation(TypeElement type, List<NodeModel> nodes) {
    if (nodes.stream().allMatch(NodeModel::isStatic)) {
      return Instantiation.STATIC_ONLY;
    }
    boolean publicNoArg =
        ElementFilter.constructorsIn(type.getEnclosedElements()).stream()
            .anyMatch(
                c -> c.getParameters().isEmpty() && c.getModifiers().contains(Modifier.PUBLIC));
    return publicNoArg && !type.getModifiers().contains(Modifier.ABSTRACT)
        ? Instantiation.DEFAULT_CONSTRUCTOR
        : Instantiation.SUPPLIED;
  }

  static String erasedName(TypeMirror type) {
    return type instanceof DeclaredType declared
        ? ((TypeElement) declared.asElement()).getQualifiedName().toString()
        : type.toString();
  }
}
