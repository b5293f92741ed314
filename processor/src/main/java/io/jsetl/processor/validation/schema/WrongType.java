package io.jsetl.processor.validation.schema;

import io.jsetl.processor.model.schema.ColumnModel;
import io.jsetl.processor.model.schema.ColumnType;
import io.jsetl.processor.model.schema.SchemaModel;
import io.jsetl.processor.util.AnnotationValues;
import io.jsetl.processor.validation.Code;
import io.jsetl.processor.validation.Messages;
import io.jsetl.processor.validation.Report;
import javax.lang.model.element.AnnotationMirror;

/** The problem shared by every check: it is on a column whose type it does not apply to. */
final class WrongType {
  private WrongType() {}

  /**
   * Whether the column's type is known well enough to judge a check on it; when it is not, its
   * type problem is reported already and a second error would be noise.
   */
  static boolean isJudgeable(ColumnType type) {
    return !(type instanceof ColumnType.Unsupported || type instanceof ColumnType.Unresolved);
  }

  /** @param appliesTo what the annotation applies to, e.g. {@code Strings} */
  static void report(
      Report report,
      SchemaModel schema,
      ColumnModel column,
      AnnotationMirror annotation,
      String appliesTo) {
    Anchors.onAnnotation(
        report,
        Code.InvalidCheck,
        Messages.checkOnWrongType(
            AnnotationValues.simpleName(annotation),
            schema.qualifiedName(),
            column.name(),
            column.javaType(),
            appliesTo),
        column,
        annotation);
  }
}
