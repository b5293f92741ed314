package io.jsetl.processor.validation.graph;

import io.jsetl.processor.model.graph.FactoryModel;
import io.jsetl.processor.model.graph.InputModel;
import io.jsetl.processor.model.graph.NodeModel;
import io.jsetl.processor.model.graph.SourceBinding;
import io.jsetl.processor.validation.Code;
import io.jsetl.processor.validation.Messages;
import io.jsetl.processor.validation.Report;

/**
 * {@code TypeMismatch} on {@code @Input(source = ...)}: a connector can only fill a {@code
 * Dataset<Row>} or a {@code Dataset<X>} of a {@code @Schema} record, whose encoder decodes the
 * rows.
 */
public final class SourceTypeValidator implements FactoryValidator {
  @Override
  public void validate(FactoryModel factory, Report report) {
    for (NodeModel node : factory.nodes()) {
      for (InputModel input : node.inputs()) {
        SourceBinding source = input.source();
        if (source != null && source.kind() == SourceBinding.SourceKind.UNSUPPORTED) {
          report.add(
              Code.TypeMismatch,
              Messages.sourceType(
                  Describe.parameter(node, input), source.connector(), input.key().simpleType()),
              input.element(),
              input.annotation(),
              source.anchor());
        }
      }
    }
  }
}
