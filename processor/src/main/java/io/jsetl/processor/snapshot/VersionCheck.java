package io.jsetl.processor.snapshot;

import io.jsetl.processor.model.schema.ColumnModel;
import io.jsetl.processor.model.schema.SchemaModel;
import io.jsetl.processor.util.AnnotationValues;
import io.jsetl.processor.validation.Code;
import io.jsetl.processor.validation.Messages;
import io.jsetl.processor.validation.Report;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.lang.model.element.AnnotationMirror;

/**
 * A schema against its baseline snapshot: a breaking change needs a version above the baseline's,
 * and a version never goes below it. Errors point at the component at fault when there is exactly
 * one, else at {@code @Schema} (its {@code version} when written).
 */
final class VersionCheck {
  private VersionCheck() {}

  static void check(
      SchemaModel schema,
      SchemaSnapshot current,
      Path file,
      SchemaSnapshot baseline,
      Report report) {
    String record = schema.qualifiedName();
    if (current.version() < baseline.version()) {
      onVersion(
          schema,
          report,
          Messages.schemaVersionLowered(
              record, current.version(), file.toString(), baseline.version()));
      return;
    }
    List<SchemaChange> breaking = SchemaDiff.between(baseline, current).breakingChanges();
    if (breaking.isEmpty() || current.version() > baseline.version()) {
      return;
    }
    String message =
        Messages.breakingSchemaChange(
            record,
            current.version(),
            file.toString(),
            baseline.version(),
            breaking.stream().map(SchemaChange::describe).collect(Collectors.joining("; ")),
            breaking.stream().map(c -> undo(c, baseline)).collect(Collectors.joining(", ")));
    Optional<ColumnModel> atFault = onlyColumnAtFault(schema, breaking);
    if (atFault.isPresent()) {
      report.add(Code.BreakingSchemaChange, message, atFault.get().anchor());
    } else {
      onVersion(schema, report, message);
    }
  }

  /** The one component all breaking changes are about, when it still exists. */
  private static Optional<ColumnModel> onlyColumnAtFault(
      SchemaModel schema, List<SchemaChange> breaking) {
    List<String> columns = breaking.stream().map(SchemaChange::column).distinct().toList();
    if (columns.size() != 1 || breaking.get(0).kind() == SchemaChange.Kind.COLUMN_REMOVED) {
      return Optional.empty();
    }
    return schema.columns().stream().filter(c -> c.column().equals(columns.get(0))).findFirst();
  }

  /** How to undo one breaking change, e.g. {@code restore type `bigint` of `age`}. */
  private static String undo(SchemaChange change, SchemaSnapshot baseline) {
    String column = "`" + change.column() + "`";
    return switch (change.kind()) {
      case COLUMN_REMOVED ->
          "restore column "
              + column
              + (change.note().isEmpty()
                  ? ""
                  : " (a renamed component keeps its column with @Column(\""
                      + change.column()
                      + "\"))");
      case COLUMN_ADDED ->
          "make the new column " + column + " nullable (@Nullable, boxed if primitive)";
      case NULLABILITY_CHANGED -> "make " + column + " @Nullable again";
      case TYPE_CHANGED ->
          "restore type `" + baselineType(baseline, change.column()) + "` of " + column;
      default -> "undo: " + change.describe();
    };
  }

  private static String baselineType(SchemaSnapshot baseline, String column) {
    return baseline.columns().stream()
        .filter(c -> c.name().equals(column))
        .map(SchemaSnapshot.Column::type)
        .findFirst()
        .orElse("?");
  }

  /** On {@code @Schema}'s {@code version} when written, else on {@code @Schema}. */
  private static void onVersion(SchemaModel schema, Report report, String message) {
    AnnotationMirror annotation = Snapshots.schemaAnnotation(schema);
    report.add(
        Code.BreakingSchemaChange,
        message,
        schema.element(),
        annotation,
        AnnotationValues.explicit(annotation, "version"));
  }
}
