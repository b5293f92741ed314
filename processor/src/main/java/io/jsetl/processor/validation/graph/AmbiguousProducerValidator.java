package io.jsetl.processor.validation.graph;

import io.jsetl.processor.model.graph.InputUse;
import io.jsetl.processor.model.graph.OutputModel;
import io.jsetl.processor.model.graph.PipelineGraph;
import io.jsetl.processor.model.graph.Resolution;
import io.jsetl.processor.validation.Code;
import io.jsetl.processor.validation.Messages;
import io.jsetl.processor.validation.Report;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code AmbiguousProducer}: two or more nodes deliver what a requested output or a needed input
 * asks for. Reported once per deliverable and set of candidates, on its first consumer (requested
 * outputs first, then nodes in name order), not on every parameter that needs it.
 */
public final class AmbiguousProducerValidator implements GraphValidator {
  @Override
  public void validate(PipelineGraph graph, Report report) {
    String pipeline = graph.pipeline().name();
    Set<List<Object>> reported = new HashSet<>();
    for (Map.Entry<OutputModel, Resolution> e : graph.outputs().entrySet()) {
      if (e.getValue() instanceof Resolution.Ambiguous ambiguous
          && reported.add(List.of(e.getKey().key(), ambiguous.candidates()))) {
        OutputModel output = e.getKey();
        report.add(
            Code.AmbiguousProducer,
            Messages.ambiguousOutput(
                Describe.output(output, pipeline),
                Describe.deliverable(output.key()),
                Describe.nodes(ambiguous.candidates())),
            output.method());
      }
    }
    for (Map.Entry<InputUse, Resolution> e : graph.inputs().entrySet()) {
      InputUse use = e.getKey();
      if (e.getValue() instanceof Resolution.Ambiguous ambiguous
          && reported.add(List.of(use.input().key(), ambiguous.candidates()))) {
        report.add(
            Code.AmbiguousProducer,
            Messages.ambiguousInput(
                Describe.parameter(use),
                Describe.deliverable(use.input().key()),
                pipeline,
                Describe.nodes(ambiguous.candidates())),
            use.input().element());
      }
    }
  }
}
