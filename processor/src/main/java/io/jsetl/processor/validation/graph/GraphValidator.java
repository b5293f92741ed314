package io.jsetl.processor.validation.graph;

import io.jsetl.processor.model.graph.PipelineGraph;
import io.jsetl.processor.validation.Report;

/** One rule about a resolved pipeline graph; all of them run, so every problem is reported. */
public interface GraphValidator {
  void validate(PipelineGraph graph, Report report);
}
