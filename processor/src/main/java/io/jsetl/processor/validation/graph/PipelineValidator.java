package io.jsetl.processor.validation.graph;

import io.jsetl.processor.model.graph.PipelineModel;
import io.jsetl.processor.validation.Report;

/**
 * One rule about a {@code @Pipeline} type itself (its shape, its names), checked before its graph
 * is resolved: a pipeline that breaks one of these is not resolved at all.
 */
public interface PipelineValidator {
  void validate(PipelineModel pipeline, Report report);
}
