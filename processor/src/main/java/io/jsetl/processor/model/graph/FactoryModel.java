package io.jsetl.processor.model.graph;

import com.palantir.javapoet.ClassName;
import java.util.List;
import java.util.Objects;
import javax.lang.model.element.TypeElement;

/**
 * A class with {@code @Deliver} methods (only those it declares itself, not inherited ones).
 *
 * @param binaryName {@code com.acme.Outer$Inner}, as the runtime's {@code NodeSpec.factoryClass}
 * @param className the class, for generated code
 * @param wiring the generated {@code X_Wiring} that lists its nodes
 * @param nodes its {@code @Deliver} methods sorted by name
 */
public record FactoryModel(
    TypeElement element,
    String binaryName,
    ClassName className,
    ClassName wiring,
    List<NodeModel> nodes,
    Instantiation instantiation) {
  public FactoryModel {
    Objects.requireNonNull(element, "element");
    Objects.requireNonNull(binaryName, "binaryName");
    Objects.requireNonNull(className, "className");
    Objects.requireNonNull(wiring, "wiring");
    nodes = List.copyOf(nodes);
    Objects.requireNonNull(instantiation, "instantiation");
  }

  public String qualifiedName() {
    return element.getQualifiedName().toString();
  }

  public String simpleName() {
    return element.getSimpleName().toString();
  }

  /** Whether the wiring's {@code nodes(...)} takes a supplier of instances. */
  public boolean needsInstance() {
    return instantiation != Instantiation.STATIC_ONLY;
  }
}
