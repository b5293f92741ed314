package io.jsetl.processor.validation.schema;

import io.jsetl.dsl.Check;
import io.jsetl.dsl.Schema;
import io.jsetl.processor.util.AnnotationValues;
import io.jsetl.processor.validation.Code;
import io.jsetl.processor.validation.Messages;
import io.jsetl.processor.validation.Report;
import java.util.Locale;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;

/**
 * {@code @Schema} only on records, {@code @Check} only in {@code @Schema} records: anywhere else
 * they would be silently ignored.
 */
public final class PlacementValidator {
  private PlacementValidator() {}

  /** Reports {@code @Schema} on a type that is not a record, on the type. */
  public static boolean isSchemaTarget(Element annotated, Report report) {
    if (annotated.getKind() == ElementKind.RECORD) {
      return true;
    }
    report.add(
        Code.SchemaShape, Messages.schemaNotARecord(kind(annotated), name(annotated)), annotated);
    return false;
  }

  /** Reports a {@code @Check} method outside a {@code @Schema} record. */
  public static void checkMethodPlacement(Element method, Report report) {
    Element owner = method.getEnclosingElement();
    boolean inSchema =
        owner.getKind() == ElementKind.RECORD
            && AnnotationValues.find(owner, Schema.class).isPresent();
    if (!inSchema) {
      report.add(
          Code.InvalidCheck,
          Messages.checkOutsideSchema(
              method.getSimpleName() + "()", kind(owner), name(owner)),
          method,
          AnnotationValues.find(method, Check.class).orElse(null),
          null);
    }
  }

  private static String kind(Element e) {
    return switch (e.getKind()) {
      case ANNOTATION_TYPE -> "annotation type";
      default -> e.getKind().name().toLowerCase(Locale.ROOT);
    };
  }

  private static String name(Element e) {
    return e instanceof TypeElement t ? t.getQualifiedName().toString() : e.toString();
  }
}
