package io.jsetl.processor.validation.graph;

import io.jsetl.processor.model.graph.FactoryModel;
import io.jsetl.processor.model.graph.ListedFactory;
import io.jsetl.processor.model.graph.OutputModel;
import io.jsetl.processor.model.graph.PipelineModel;
import io.jsetl.processor.validation.Code;
import io.jsetl.processor.validation.Messages;
import io.jsetl.processor.validation.Report;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code NameClash} on names a pipeline derives from its interface and factories: an output method
 * named like a method the generated class already has, and two factory classes with the same simple
 * name (their nodes, {@code Simple.method}, and builder steps would collide).
 */
public final class PipelineNameValidator implements PipelineValidator {
  /**
   * Methods of every generated pipeline: {@code JsetlPipeline}'s and the static {@code builder()}.
   */
  private static final Set<String> GENERATED_METHODS =
      Set.of("run", "explain", "mermaid", "dot", "builder");

  @Override
  public void validate(PipelineModel pipeline, Report report) {
    for (OutputModel output : pipeline.outputs()) {
      if (GENERATED_METHODS.contains(output.name()) && output.method().getParameters().isEmpty()) {
        report.add(
            Code.NameClash,
            Messages.outputNameReserved(
                Describe.output(output, pipeline.name()), pipeline.generated().simpleName()),
            output.method());
      }
    }
    Map<String, Set<String>> bySimpleName = new LinkedHashMap<>();
    Map<String, ListedFactory> firstClash = new LinkedHashMap<>();
    for (ListedFactory listed : pipeline.factories()) {
      FactoryModel factory = listed.factory();
      Set<String> classes =
          bySimpleName.computeIfAbsent(factory.simpleName(), n -> new TreeSet<>());
      if (classes.add(factory.qualifiedName()) && classes.size() == 2) {
        firstClash.put(factory.simpleName(), listed);
      }
    }
    firstClash.forEach(
        (simpleName, listed) ->
            report.add(
                Code.NameClash,
                Messages.factorySimpleNameClash(
                    pipeline.name(),
                    simpleName,
                    Describe.and(
                        bySimpleName.get(simpleName).stream().map(c -> "`" + c + "`").toList())),
                pipeline.element(),
                listed.annotation(),
                listed.anchor()));
  }
}
