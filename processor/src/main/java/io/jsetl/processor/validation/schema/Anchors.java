package io.jsetl.processor.validation.schema;

import io.jsetl.processor.model.schema.ColumnModel;
import io.jsetl.processor.util.AnnotationValues;
import io.jsetl.processor.validation.Code;
import io.jsetl.processor.validation.Report;
import javax.lang.model.element.AnnotationMirror;

/**
 * Adds problems about a column at the most precise place javac can show: the annotation value the
 * user wrote, else the annotation, else the component.
 */
final class Anchors {
  private Anchors() {}

  static void onColumn(Report report, Code code, String message, ColumnModel column) {
    report.add(code, message, column.anchor());
  }

  static void onAnnotation(
      Report report, Code code, String message, ColumnModel column, AnnotationMirror annotation) {
    report.add(code, message, column.anchor(), annotation, null);
  }

  /** On {@code member}'s value when it was written, else on the annotation. */
  static void onValue(
      Report report,
      Code code,
      String message,
      ColumnModel column,
      AnnotationMirror annotation,
      String member) {
    report.add(
        code, message, column.anchor(), annotation, AnnotationValues.explicit(annotation, member));
  }
}
