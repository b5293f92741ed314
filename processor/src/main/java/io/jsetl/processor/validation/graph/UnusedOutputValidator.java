package io.jsetl.processor.validation.graph;

import io.jsetl.processor.model.graph.NodeModel;
import io.jsetl.processor.model.graph.PipelineGraph;
import io.jsetl.processor.validation.Code;
import io.jsetl.processor.validation.Messages;
import io.jsetl.processor.validation.Report;

/**
 * {@code UnusedOutput} (a warning): a node of the pipeline's factories that neither a requested
 * output nor a sink needs, and that has no sink itself, so it never runs in this pipeline.
 */
public final class UnusedOutputValidator implements GraphValidator {
  @Override
  public void validate(PipelineGraph graph, Report report) {
    for (NodeModel node : graph.nodes()) {
      if (!graph.needed().contains(node) && !node.hasSink()) {
        report.add(
            Code.UnusedOutput,
            Messages.unusedOutput(
                node.name(), Describe.deliverable(node.output()), graph.pipeline().name()),
            node.method());
      }
    }
  }
}
