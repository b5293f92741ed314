package io.jsetl.processor;

import io.jsetl.processor.model.graph.FactoryModel;
import io.jsetl.processor.model.graph.FactoryReader;
import io.jsetl.processor.model.graph.GraphResolver;
import io.jsetl.processor.model.graph.PipelineGraph;
import io.jsetl.processor.model.graph.PipelineModel;
import io.jsetl.processor.model.graph.PipelineReader;
import io.jsetl.processor.util.SourceFiles;
import io.jsetl.processor.validation.Report;
import io.jsetl.processor.validation.graph.FactoryValidator;
import io.jsetl.processor.validation.graph.GraphValidator;
import io.jsetl.processor.validation.graph.PipelineValidator;
import io.jsetl.processor.validation.graph.Validators;
import io.jsetl.processor.writing.pipeline.PipelineWriter;
import java.util.LinkedHashSet;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * {@code @Pipeline} types: check the type (its shape and names), then resolve and check its graph,
 * and write {@code JsetlX} when all of it is clean and so are the factories it wires. Each layer
 * runs only when the one before it is clean, as in Dagger, so one mistake is not echoed by the
 * next.
 */
final class PipelineStep implements ProcessingStep {
  private static final String PIPELINE = "io.jsetl.dsl.Pipeline";

  private final Deferrals deferrals = new Deferrals("PipelineStep");
  private final FactoryStep factorySteps;

  PipelineStep(FactoryStep factorySteps) {
    this.factorySteps = factorySteps;
  }

  @Override
  public void process(ProcessingEnvironment env, RoundEnvironment round, Report report) {
    TypeElement pipeline = env.getElementUtils().getTypeElement(PIPELINE);
    if (pipeline == null) {
      return;
    }
    Set<TypeElement> annotated = new LinkedHashSet<>();
    for (Element element : round.getElementsAnnotatedWith(pipeline)) {
      annotated.add((TypeElement) element);
    }
    PipelineReader reader = new PipelineReader(env, new FactoryReader(env));
    deferrals.forEachResolved(
        env,
        round,
        annotated,
        report,
        reader::hasUnresolvedTypes,
        (name, type) -> process(reader.read(type), env, report));
  }

  private void process(PipelineModel model, ProcessingEnvironment env, Report report) {
    Report own = new Report();
    for (PipelineValidator validator : Validators.PIPELINE) {
      validator.validate(model, own);
    }
    if (own.isClean()) {
      PipelineGraph graph = GraphResolver.resolve(model);
      for (GraphValidator validator : Validators.GRAPH) {
        validator.validate(graph, own);
      }
      if (own.isClean() && factoriesClean(model, own)) {
        SourceFiles.write(PipelineWriter.write(graph, env), env);
      }
    }
    report.addAll(own);
  }

  /**
   * Whether every factory the pipeline wires passed its own checks. Those that {@link FactoryStep}
   * checked have reported already; the problems of the others (from libraries) are reported here.
   */
  private boolean factoriesClean(PipelineModel model, Report report) {
    boolean clean = true;
    for (FactoryModel factory : model.distinctFactories()) {
      Report own = new Report();
      for (FactoryValidator validator : Validators.FACTORY) {
        validator.validate(factory, own);
      }
      if (!factorySteps.validated(factory.qualifiedName())) {
        report.addAll(own);
      }
      clean &= own.isClean();
    }
    return clean;
  }
}
