package io.jsetl.processor.validation.schema;

import io.jsetl.processor.model.schema.CheckModel;
import io.jsetl.processor.model.schema.ColumnModel;
import io.jsetl.processor.model.schema.SchemaModel;
import io.jsetl.processor.util.AnnotationValues;
import io.jsetl.processor.validation.Code;
import io.jsetl.processor.validation.Messages;
import io.jsetl.processor.validation.Report;

/**
 * {@code UncheckedConstraint} warnings: a Jakarta constraint, or a part of one, that jsetl does not
 * check is never silently ignored; each warning says what to use instead. Warnings do not stop
 * code generation.
 */
final class UncheckedConstraintValidator implements SchemaValidator {
  @Override
  public void validate(SchemaModel schema, Report report) {
    ColumnChecks.forEach(
        schema,
        CheckModel.Unchecked.class,
        (column, unchecked) -> warn(schema.qualifiedName(), column, unchecked, report));
  }

  private static void warn(
      String record, ColumnModel column, CheckModel.Unchecked unchecked, Report report) {
    String annotation = AnnotationValues.simpleName(unchecked.annotation());
    String component = column.name();
    switch (unchecked.why()) {
      case DIGITS -> Anchors.onAnnotation(
          report,
          Code.UncheckedConstraint,
          Messages.digitsUnchecked(
              record,
              component,
              AnnotationValues.intValue(unchecked.annotation(), "integer"),
              AnnotationValues.intValue(unchecked.annotation(), "fraction")),
          column,
          unchecked.annotation());
      case NULL -> Anchors.onAnnotation(
          report,
          Code.UncheckedConstraint,
          Messages.nullUnchecked(record, component, column.column()),
          column,
          unchecked.annotation());
      case UNKNOWN -> Anchors.onAnnotation(
          report,
          Code.UncheckedConstraint,
          Messages.constraintUnchecked(annotation, record, component),
          column,
          unchecked.annotation());
      case CANON_EQ_FLAG -> Anchors.onValue(
          report,
          Code.UncheckedConstraint,
          Messages.canonEqUnchecked(annotation, record, component),
          column,
          unchecked.annotation(),
          "flags");
      // A type annotation: javac has no mirror on the component to point at.
      case ON_ELEMENTS -> Anchors.onColumn(
          report,
          Code.UncheckedConstraint,
          Messages.elementConstraintUnchecked(annotation, record, component),
          column);
    }
  }
}
