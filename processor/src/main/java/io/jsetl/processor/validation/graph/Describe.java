package io.jsetl.processor.validation.graph;

import io.jsetl.processor.model.graph.DeliverableKey;
import io.jsetl.processor.model.graph.InputUse;
import io.jsetl.processor.model.graph.NodeModel;
import io.jsetl.processor.model.graph.OutputModel;
import io.jsetl.processor.model.graph.ParameterModel;
import io.jsetl.processor.validation.Messages;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import javax.lang.model.element.Parameterizable;
import javax.lang.model.element.TypeParameterElement;

/** Hands model elements to {@link Messages}, which spells them the same way in every message. */
final class Describe {
  private Describe() {}

  static String parameter(NodeModel node, ParameterModel parameter) {
    return Messages.parameter(parameter.name(), node.name());
  }

  static String parameter(InputUse use) {
    return parameter(use.node(), use.input());
  }

  static String output(OutputModel output, String pipeline) {
    return Messages.output(output.name(), pipeline);
  }

  static String deliverable(DeliverableKey key) {
    return deliverable(key, false);
  }

  /** With package names when {@code qualified}: for keys whose simple types read the same. */
  static String deliverable(DeliverableKey key, boolean qualified) {
    return Messages.deliverable(qualified ? key.type() : key.simpleType(), key.id());
  }

  /** {@code `A.a` and `B.b`}, or {@code `A.a`, `B.b` and `C.c`}. */
  static String nodes(Collection<NodeModel> nodes) {
    return and(nodes.stream().map(n -> "`" + n.name() + "`").toList());
  }

  static String and(List<String> items) {
    if (items.size() <= 1) {
      return String.join("", items);
    }
    return String.join(", ", items.subList(0, items.size() - 1))
        + " and "
        + items.get(items.size() - 1);
  }

  /** {@code <T, U>}. */
  static String typeParameters(Parameterizable element) {
    return element.getTypeParameters().stream()
        .map(TypeParameterElement::getSimpleName)
        .map(Object::toString)
        .collect(Collectors.joining(", ", "<", ">"));
  }
}
