package io.jsetl.processor.validation.graph;

import io.jsetl.processor.model.graph.FactoryModel;
import io.jsetl.processor.model.graph.InputUse;
import io.jsetl.processor.model.graph.ListedFactory;
import io.jsetl.processor.model.graph.OutputModel;
import io.jsetl.processor.model.graph.PipelineGraph;
import io.jsetl.processor.model.graph.ProducerRef;
import io.jsetl.processor.model.graph.Resolution;
import io.jsetl.processor.validation.Code;
import io.jsetl.processor.validation.Messages;
import io.jsetl.processor.validation.Report;
import io.jsetl.processor.model.graph.DeliverableKey;
import io.jsetl.processor.model.graph.NodeModel;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code MissingProducer}: a requested output that no factory delivers; an input restricted to a
 * producer that does not deliver it (and not optional); a listed factory class that delivers
 * nothing at all. An input without a producer restriction is never missing: it becomes a builder
 * step.
 */
public final class MissingProducerValidator implements GraphValidator {
  @Override
  public void validate(PipelineGraph graph, Report report) {
    String pipeline = graph.pipeline().name();
    Set<String> reported = new HashSet<>();
    for (ListedFactory listed : graph.pipeline().factories()) {
      FactoryModel factory = listed.factory();
      if (factory.nodes().isEmpty() && reported.add(factory.qualifiedName())) {
        report.add(
            Code.MissingProducer,
            Messages.factoryWithoutDeliver(pipeline, factory.simpleName()),
            graph.pipeline().element(),
            listed.annotation(),
            listed.anchor());
      }
    }
    for (Map.Entry<OutputModel, Resolution> e : graph.outputs().entrySet()) {
      if (e.getValue() instanceof Resolution.Missing) {
        OutputModel output = e.getKey();
        List<NodeModel> sameType = sameTypeOtherId(graph, output.key());
        String message =
            sameType.isEmpty()
                ? Messages.outputNotDelivered(
                    Describe.output(output, pipeline),
                    Describe.deliverable(output.key()),
                    factoryNames(graph))
                : Messages.outputNotDeliveredUnderThatId(
                    Describe.output(output, pipeline),
                    Describe.deliverable(output.key()),
                    sameType.stream()
                        .map(n -> "`" + n.name() + "` delivers \"" + n.output().id() + "\"")
                        .collect(Collectors.joining(", ")),
                    sameType.get(0).output().id());
        report.add(Code.MissingProducer, message, output.method());
      }
    }
    for (Map.Entry<InputUse, Resolution> e : graph.inputs().entrySet()) {
      if (e.getValue() instanceof Resolution.Missing missing) {
        InputUse use = e.getKey();
        ProducerRef producer = use.input().producer();
        String key = Describe.deliverable(use.input().key());
        String message =
            missing.reason() == Resolution.Missing.Reason.PRODUCER_NOT_IN_PIPELINE
                ? Messages.producerNotInPipeline(
                    Describe.parameter(use), key, producer.simpleName(), pipeline)
                : Messages.producerDeliversNothing(
                    Describe.parameter(use), key, producer.simpleName(), pipeline);
        report.add(
            Code.MissingProducer,
            message,
            use.input().element(),
            use.input().annotation(),
            producer.anchor());
      }
    }
  }

  /** Nodes of the pipeline's factories that deliver {@code key}'s type under another id, by name. */
  private static List<NodeModel> sameTypeOtherId(PipelineGraph graph, DeliverableKey key) {
    return graph.pipeline().distinctFactories().stream()
        .flatMap(f -> f.nodes().stream())
        .filter(n -> n.output().type().equals(key.type()) && !n.output().id().equals(key.id()))
        .sorted(Comparator.comparing(NodeModel::name))
        .toList();
  }

  private static String factoryNames(PipelineGraph graph) {
    return graph.pipeline().distinctFactories().isEmpty()
        ? "none"
        : String.join(
            ", ",
            graph.pipeline().distinctFactories().stream()
                .map(f -> "`" + f.simpleName() + "`")
                .toList());
  }
}
