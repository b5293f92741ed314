package io.jsetl.processor.model.graph;

import javax.lang.model.element.VariableElement;

/**
 * A parameter of a {@code @Deliver} method: a deliverable it needs, or a value the runtime injects.
 */
public sealed interface ParameterModel permits InputModel, InjectedModel {
  VariableElement element();

  default String name() {
    return element().getSimpleName().toString();
  }
}
