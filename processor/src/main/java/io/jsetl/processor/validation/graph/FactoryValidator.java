package io.jsetl.processor.validation.graph;

import io.jsetl.processor.model.graph.FactoryModel;
import io.jsetl.processor.validation.Report;

/**
 * One rule about a class with {@code @Deliver} methods, checked whether or not a pipeline uses it.
 */
public interface FactoryValidator {
  void validate(FactoryModel factory, Report report);
}
