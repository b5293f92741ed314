package io.jsetl.processor.model.graph;

import java.util.List;
import java.util.Objects;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;
import org.jspecify.annotations.Nullable;

/**
 * One {@code @Deliver} method: a node of a pipeline's graph.
 *
 * @param name {@code SimpleClassName.method}, the node's name in plans, reports and messages
 * @param factory the class that declares the method
 * @param output what it delivers
 * @param outputType its declared return type
 * @param parameters every parameter, in declaration order
 * @param isStatic called on the class rather than on a factory instance
 * @param sink connector the output is written to, or {@code ""}
 * @param validation its {@code @Validate}, if written: the output is checked
 */
public record NodeModel(
    ExecutableElement method,
    TypeElement factory,
    String name,
    DeliverableKey output,
    TypeMirror outputType,
    List<ParameterModel> parameters,
    boolean isStatic,
    String sink,
    @Nullable ValidationModel validation) {
  public NodeModel {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(factory, "factory");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(output, "output");
    Objects.requireNonNull(outputType, "outputType");
    parameters = List.copyOf(parameters);
    Objects.requireNonNull(sink, "sink");
  }

  public String methodName() {
    return method.getSimpleName().toString();
  }

  /** The deliverable parameters, in order: what the runtime's {@code NodeSpec.inputs} lists. */
  public List<InputModel> inputs() {
    return parameters.stream()
        .filter(InputModel.class::isInstance)
        .map(InputModel.class::cast)
        .toList();
  }

  public boolean hasSink() {
    return !sink.isEmpty();
  }

  /** The qualified name of the declaring class, to compare factories across rounds and readers. */
  public String factoryName() {
    return factory.getQualifiedName().toString();
  }
}
