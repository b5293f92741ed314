package io.jsetl.processor.snapshot;

import io.jsetl.dsl.Schema;
import io.jsetl.processor.model.schema.ColumnModel;
import io.jsetl.processor.model.schema.SchemaModel;
import io.jsetl.processor.util.AnnotationValues;
import javax.lang.model.element.AnnotationMirror;

/** Takes the snapshot of a validated schema. */
final class Snapshots {
  private Snapshots() {}

  static SchemaSnapshot of(SchemaModel schema) {
    return new SchemaSnapshot(
        schema.qualifiedName(),
        AnnotationValues.intValue(schemaAnnotation(schema), "version"),
        schema.columns().stream().map(Snapshots::column).toList(),
        RuleNames.of(schema.checkMethods()));
  }

  /** {@code @Schema} on the record (the anchor of versioning errors). */
  static AnnotationMirror schemaAnnotation(SchemaModel schema) {
    return AnnotationValues.find(schema.element(), Schema.class)
        .orElseThrow(() -> new IllegalStateException(schema.qualifiedName() + " has no @Schema"));
  }

  private static SchemaSnapshot.Column column(ColumnModel column) {
    return new SchemaSnapshot.Column(
        column.column(),
        SparkTypes.of(column.type()).text(),
        column.nullable(),
        RuleNames.of(column));
  }
}
