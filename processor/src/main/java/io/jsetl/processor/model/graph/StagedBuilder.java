package io.jsetl.processor.model.graph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The staged builder of a generated pipeline, after Immutables' {@code TelescopicBuild}: each
 * required step is a stage of its own, in order of step name; the final stage has the optional
 * steps, in this order: {@code spark}, {@code config}, one per factory instance, {@code
 * parallelism}, {@code listener}, one per optional external input; then {@code build()}.
 *
 * @param required the required steps, sorted by name (external inputs, and instances of factory
 *     classes without a public no-argument constructor)
 * @param optionalFactories factory instances the pipeline can create itself, sorted by name
 * @param optionalExternals optional external inputs, sorted by name
 */
public record StagedBuilder(
    List<BuilderStep> required,
    List<BuilderStep.FactoryInstanceStep> optionalFactories,
    List<BuilderStep.ExternalStep> optionalExternals) {
  public StagedBuilder {
    required = List.copyOf(required);
    optionalFactories = List.copyOf(optionalFactories);
    optionalExternals = List.copyOf(optionalExternals);
  }

  public static StagedBuilder of(PipelineGraph graph) {
    List<BuilderStep> required = new ArrayList<>();
    List<BuilderStep.FactoryInstanceStep> optionalFactories = new ArrayList<>();
    List<BuilderStep.ExternalStep> optionalExternals = new ArrayList<>();
    for (BuilderStep step : steps(graph)) {
      if (step.required()) {
        required.add(step);
      } else if (step instanceof BuilderStep.FactoryInstanceStep factory) {
        optionalFactories.add(factory);
      } else {
        optionalExternals.add((BuilderStep.ExternalStep) step);
      }
    }
    return new StagedBuilder(required, optionalFactories, optionalExternals);
  }

  /** Every pipeline-specific step, sorted by name (then by kind, for clashing names). */
  public static List<BuilderStep> steps(PipelineGraph graph) {
    List<BuilderStep> steps = new ArrayList<>();
    for (ExternalInput input : graph.externals()) {
      steps.add(new BuilderStep.ExternalStep(StepNames.forExternal(input), input));
    }
    for (FactoryModel factory : graph.pipeline().distinctFactories()) {
      if (factory.needsInstance()) {
        steps.add(new BuilderStep.FactoryInstanceStep(StepNames.forFactory(factory), factory));
      }
    }
    steps.sort(Comparator.comparing(BuilderStep::name));
    return steps;
  }

  /** The steps that hold the values of external inputs, required and optional, sorted by name. */
  public List<BuilderStep.ExternalStep> externals() {
    return requiredAndOptional(BuilderStep.ExternalStep.class, optionalExternals);
  }

  /** Every factory instance step, required and optional, sorted by name. */
  public List<BuilderStep.FactoryInstanceStep> factories() {
    return requiredAndOptional(BuilderStep.FactoryInstanceStep.class, optionalFactories);
  }

  /** The required steps of one kind together with the optional ones, sorted by name. */
  private <S extends BuilderStep> List<S> requiredAndOptional(Class<S> kind, List<S> optional) {
    List<S> steps = new ArrayList<>();
    required.stream().filter(kind::isInstance).map(kind::cast).forEach(steps::add);
    steps.addAll(optional);
    steps.sort(Comparator.comparing(BuilderStep::name));
    return steps;
  }
}
