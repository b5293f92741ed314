package io.jsetl.processor.validation.graph;

import io.jsetl.processor.model.graph.BuilderStep;
import io.jsetl.processor.model.graph.FactoryModel;
import io.jsetl.processor.model.graph.InputUse;
import io.jsetl.processor.model.graph.ListedFactory;
import io.jsetl.processor.model.graph.PipelineGraph;
import io.jsetl.processor.model.graph.StagedBuilder;
import io.jsetl.processor.model.graph.StepNames;
import io.jsetl.processor.validation.Code;
import io.jsetl.processor.validation.Messages;
import io.jsetl.processor.validation.Report;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import org.jspecify.annotations.Nullable;

/**
 * {@code NameClash} between builder steps: two external inputs whose derived step names are equal
 * ({@code Dataset<a.Citizen>} and {@code Dataset<b.Citizen>} both want {@code citizen}), or an
 * input or factory step named like a step every builder has ({@code spark}, {@code config}, {@code
 * parallelism}, {@code listener}, {@code build}). Reported on each input involved (the fix is an {@code @Input} id),
 * or on the factory's listing when no input is.
 */
public final class BuilderStepNameValidator implements GraphValidator {
  @Override
  public void validate(PipelineGraph graph, Report report) {
    Map<String, List<BuilderStep>> byName = new LinkedHashMap<>();
    for (BuilderStep step : StagedBuilder.steps(graph)) {
      byName.computeIfAbsent(step.name(), n -> new ArrayList<>()).add(step);
    }
    String generated = graph.pipeline().generated().simpleName();
    byName.forEach(
        (name, steps) -> {
          boolean reserved = StepNames.RESERVED.contains(name);
          if (steps.size() < 2 && !reserved) {
            return;
          }
          long simpleTypes =
              steps.stream().map(BuilderStepNameValidator::simpleType).distinct().count();
          boolean qualify = simpleTypes < steps.size();
          for (BuilderStep step : steps) {
            List<String> others = new ArrayList<>();
            steps.stream()
                .filter(s -> s != step)
                .map(s -> claimant(s, qualify))
                .forEach(others::add);
            if (reserved) {
              others.add(Messages.stepClaimantStandard(name));
            }
            report(step, name, generated, claimant(step, qualify), others, graph, report);
          }
        });
  }

  /**
   * On the input's parameter, with an id to give it; or, for a factory instance, on the factory's
   * entry in {@code @Pipeline(factories)}, with the class to rename.
   */
  private static void report(
      BuilderStep step,
      String name,
      String generated,
      String claimant,
      List<String> others,
      PipelineGraph graph,
      Report report) {
    String fix;
    Element element;
    @Nullable AnnotationMirror annotation = null;
    @Nullable AnnotationValue value = null;
    if (step instanceof BuilderStep.ExternalStep external) {
      InputUse use = external.input().firstConsumer();
      fix = Messages.stepFixForInput(suggestId(use, name));
      element = use.input().element();
    } else {
      FactoryModel factory = ((BuilderStep.FactoryInstanceStep) step).factory();
      ListedFactory listed =
          graph.pipeline().factories().stream()
              .filter(l -> l.factory().qualifiedName().equals(factory.qualifiedName()))
              .findFirst()
              .orElseThrow();
      fix = Messages.stepFixForFactory(factory.simpleName());
      element = graph.pipeline().element();
      annotation = listed.annotation();
      value = listed.anchor();
    }
    report.add(
        Code.NameClash,
        Messages.builderStepClash(name, generated, claimant, Describe.and(others), fix),
        element,
        annotation,
        value);
  }

  /** How a step's input reads in a message without packages; factories never read alike. */
  private static String simpleType(BuilderStep step) {
    return step instanceof BuilderStep.ExternalStep external
        ? external.input().key().simpleType()
        : ((BuilderStep.FactoryInstanceStep) step).factory().qualifiedName();
  }

  /** The parameter's name, unless that is the clashing name itself: then method and parameter. */
  private static String suggestId(InputUse use, String clashing) {
    String parameter = use.input().name();
    if (!parameter.equals(clashing) && !StepNames.RESERVED.contains(parameter)) {
      return parameter;
    }
    return use.node().methodName()
        + Character.toUpperCase(parameter.charAt(0))
        + parameter.substring(1);
  }

  /**
   * {@code input Dataset<Citizen> (parameter raw of A.m)} or {@code the instance of
   * CitizenFactories}.
   */
  private static String claimant(BuilderStep step, boolean qualify) {
    if (step instanceof BuilderStep.ExternalStep external) {
      return Messages.stepClaimantInput(
          Describe.deliverable(external.input().key(), qualify),
          Describe.parameter(external.input().firstConsumer()));
    }
    return Messages.stepClaimantFactory(
        ((BuilderStep.FactoryInstanceStep) step).factory().simpleName());
  }
}
