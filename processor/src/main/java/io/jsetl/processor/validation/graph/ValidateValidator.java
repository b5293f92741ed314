package io.jsetl.processor.validation.graph;

import io.jsetl.processor.model.graph.FactoryModel;
import io.jsetl.processor.model.graph.InjectedModel;
import io.jsetl.processor.model.graph.InputModel;
import io.jsetl.processor.model.graph.NodeModel;
import io.jsetl.processor.model.graph.ParameterModel;
import io.jsetl.processor.model.graph.ValidationModel;
import io.jsetl.processor.util.AnnotationValues;
import io.jsetl.processor.validation.Code;
import io.jsetl.processor.validation.Messages;
import io.jsetl.processor.validation.Report;
import javax.lang.model.element.Element;

/**
 * {@code InvalidCheck} on {@code @Validate} in a factory: what it validates must be a {@code
 * Dataset} of a {@code @Schema} record (whose rules do the checking), a quarantine needs {@code
 * DROP} (when {@code onFailure} is written), and an injected parameter has nothing to validate.
 */
public final class ValidateValidator implements FactoryValidator {
  private static final String DROP = "DROP";

  @Override
  public void validate(FactoryModel factory, Report report) {
    for (NodeModel node : factory.nodes()) {
      if (node.validation() != null) {
        validate(node.validation(), Messages.nodeOutput(node.name()), node.method(), report);
      }
      for (ParameterModel parameter : node.parameters()) {
        String where = Describe.parameter(node, parameter);
        if (parameter instanceof InputModel input && input.validation() != null) {
          validate(input.validation(), where, input.element(), report);
        } else if (parameter instanceof InjectedModel injected
            && injected.strayValidate() != null) {
          report.add(
              Code.InvalidCheck,
              Messages.validateOnInjected(where, injected.injection().simpleTypeName()),
              injected.element(),
              injected.strayValidate(),
              null);
        }
      }
    }
  }

  private static void validate(
      ValidationModel validation, String where, Element element, Report report) {
    if (validation.companion() == null) {
      report.add(
          Code.InvalidCheck,
          Messages.validateNotRecords(where, validation.type()),
          element,
          validation.annotation(),
          null);
    }
    String onFailure = validation.onFailure();
    if (validation.hasQuarantine() && onFailure != null && !onFailure.equals(DROP)) {
      report.add(
          Code.InvalidCheck,
          Messages.quarantineWithoutDrop(where, onFailure, validation.quarantine()),
          element,
          validation.annotation(),
          AnnotationValues.explicit(validation.annotation(), "quarantine"));
    }
  }
}
