package io.jsetl.processor;

import io.jsetl.processor.validation.Report;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;

/**
 * One job of the processor (schemas, factories, pipelines). Each step reads its elements into the
 * model, validates them into the round's {@link Report}, and writes code only for clean subjects.
 * A step catches failures per element; what still escapes is reported by {@link JsetlProcessor}.
 */
interface ProcessingStep {
  void process(ProcessingEnvironment env, RoundEnvironment round, Report report);
}
