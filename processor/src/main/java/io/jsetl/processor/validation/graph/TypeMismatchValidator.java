package io.jsetl.processor.validation.graph;

import io.jsetl.processor.model.graph.DeliverableKey;
import io.jsetl.processor.model.graph.InputUse;
import io.jsetl.processor.model.graph.NodeModel;
import io.jsetl.processor.model.graph.OutputModel;
import io.jsetl.processor.model.graph.PipelineGraph;
import io.jsetl.processor.model.graph.Resolution;
import io.jsetl.processor.validation.Code;
import io.jsetl.processor.validation.Messages;
import io.jsetl.processor.validation.Report;
import java.util.List;
import java.util.Map;

/**
 * {@code TypeMismatch}: an id is consumed (or requested) as one type and delivered as another, so
 * nothing delivers the exact deliverable asked for. Only for explicit ids: the default id is shared
 * by every type.
 */
public final class TypeMismatchValidator implements GraphValidator {
  @Override
  public void validate(PipelineGraph graph, Report report) {
    String pipeline = graph.pipeline().name();
    for (Map.Entry<OutputModel, Resolution> e : graph.outputs().entrySet()) {
      if (e.getValue() instanceof Resolution.Mismatched mismatched) {
        OutputModel output = e.getKey();
        report.add(
            Code.TypeMismatch,
            Messages.outputTypeMismatch(
                Describe.output(output, pipeline),
                spelled(output.key(), mismatched.sameId()),
                output.key().id(),
                delivered(output.key(), mismatched.sameId())),
            output.method());
      }
    }
    for (Map.Entry<InputUse, Resolution> e : graph.inputs().entrySet()) {
      if (e.getValue() instanceof Resolution.Mismatched mismatched) {
        InputUse use = e.getKey();
        DeliverableKey key = use.input().key();
        report.add(
            Code.TypeMismatch,
            Messages.inputTypeMismatch(
                Describe.parameter(use),
                pipeline,
                spelled(key, mismatched.sameId()),
                key.id(),
                delivered(key, mismatched.sameId())),
            use.input().element());
      }
    }
  }

  /** {@code `Dataset<Citizen>` by `CitizenFactories.adults`}, one per delivering node. */
  private static String delivered(DeliverableKey wanted, List<NodeModel> nodes) {
    boolean qualified = qualify(wanted, nodes);
    return Describe.and(
        nodes.stream()
            .map(n -> Messages.deliveredBy(spell(n.output(), qualified), n.name()))
            .toList());
  }

  private static String spelled(DeliverableKey wanted, List<NodeModel> nodes) {
    return spell(wanted, qualify(wanted, nodes));
  }

  /**
   * Full type names only when the simple ones would read the same ({@code a.Citizen}, {@code
   * b.Citizen}).
   */
  private static boolean qualify(DeliverableKey wanted, List<NodeModel> nodes) {
    return nodes.stream().anyMatch(n -> n.output().simpleType().equals(wanted.simpleType()));
  }

  private static String spell(DeliverableKey key, boolean qualified) {
    return qualified ? key.type() : key.simpleType();
  }
}
