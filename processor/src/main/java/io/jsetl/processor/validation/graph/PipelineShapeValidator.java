package io.jsetl.processor.validation.graph;

import io.jsetl.processor.model.graph.ListedFactory;
import io.jsetl.processor.model.graph.OutputModel;
import io.jsetl.processor.model.graph.PipelineModel;
import io.jsetl.processor.util.Accessibility;
import io.jsetl.processor.validation.Code;
import io.jsetl.processor.validation.Messages;
import io.jsetl.processor.validation.Report;
import java.util.HashSet;
import java.util.Set;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;

/**
 * {@code PipelineShape}: a generated class must be able to implement the {@code @Pipeline} type,
 * and each output method must name one deliverable (no parameters, no type parameters, not void).
 */
public final class PipelineShapeValidator implements PipelineValidator {
  @Override
  public void validate(PipelineModel pipeline, Report report) {
    TypeElement type = pipeline.element();
    String name = FactoryShapeValidator.displayName(type);
    if (type.getKind() != ElementKind.INTERFACE) {
      report.add(
          Code.PipelineShape,
          Messages.pipelineNotInterface(
              name, FactoryShapeValidator.kindWord(type), pipeline.generated().simpleName()),
          type);
      return; // its methods are not outputs; nothing else to say
    }
    if (!Accessibility.canName(type, Accessibility.packageOf(type).getQualifiedName().toString())) {
      report.add(
          Code.PipelineShape,
          Messages.pipelineNotAccessible(name, pipeline.generated().simpleName()),
          type);
    }
    if (!type.getTypeParameters().isEmpty()) {
      report.add(
          Code.PipelineShape, Messages.pipelineGeneric(name, Describe.typeParameters(type)), type);
    }
    for (OutputModel output : pipeline.outputs()) {
      validateOutput(output, pipeline.name(), report);
    }
    Set<String> listed = new HashSet<>();
    for (ListedFactory factory : pipeline.factories()) {
      if (!listed.add(factory.factory().qualifiedName())) {
        report.add(
            Code.PipelineShape,
            Messages.factoryListedTwice(pipeline.name(), factory.factory().simpleName()),
            type,
            factory.annotation(),
            factory.anchor());
      }
    }
  }

  private static void validateOutput(OutputModel output, String pipeline, Report report) {
    String method = Describe.output(output, pipeline);
    if (!output.method().getParameters().isEmpty()) {
      report.add(Code.PipelineShape, Messages.outputWithParameters(method), output.method());
    }
    if (!output.method().getTypeParameters().isEmpty()) {
      report.add(Code.PipelineShape, Messages.outputGeneric(method), output.method());
    }
    if (output.type().getKind() == TypeKind.VOID) {
      report.add(Code.PipelineShape, Messages.outputVoid(method), output.method());
    }
  }
}
