package io.jsetl.processor.model.graph;

import com.palantir.javapoet.ClassName;
import java.util.List;
import java.util.Objects;
import javax.lang.model.element.TypeElement;

/**
 * A {@code @Pipeline} interface.
 *
 * @param generated the {@code JsetlX} class that implements it
 * @param factories the listed factory classes, in the order written (duplicates kept, so that
 *     validation can point at them)
 * @param outputs its requested outputs, sorted by method name
 */
public record PipelineModel(
    TypeElement element,
    ClassName generated,
    List<ListedFactory> factories,
    List<OutputModel> outputs) {
  public PipelineModel {
    Objects.requireNonNull(element, "element");
    Objects.requireNonNull(generated, "generated");
    factories = List.copyOf(factories);
    outputs = List.copyOf(outputs);
  }

  /** {@code CitizenReport}: the pipeline's name in the runtime, plans and messages. */
  public String name() {
    return element.getSimpleName().toString();
  }

  /** The listed factory classes, each once, sorted by qualified name. */
  public List<FactoryModel> distinctFactories() {
    return factories.stream()
        .map(ListedFactory::factory)
        .collect(
            java.util.stream.Collectors.toMap(
                FactoryModel::qualifiedName, f -> f, (a, b) -> a, java.util.TreeMap::new))
        .values()
        .stream()
        .toList();
  }
}
