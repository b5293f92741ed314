package io.jsetl.processor.validation.schema;

import io.jsetl.processor.model.schema.ColumnModel;
import io.jsetl.processor.model.schema.SchemaModel;
import io.jsetl.processor.validation.Code;
import io.jsetl.processor.validation.Messages;
import io.jsetl.processor.validation.Report;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Column names: not blank, distinct ignoring case (Spark resolves names case-insensitively by
 * default, so {@code Name} and {@code name} would be ambiguous), and no component named like a
 * constant of the generated class.
 */
final class ColumnNameValidator implements SchemaValidator {
  /** The constants every generated {@code X_} declares beside the columns. */
  static final Set<String> GENERATED_CONSTANTS = Set.of("ENCODER", "SCHEMA", "RULES");

  @Override
  public void validate(SchemaModel schema, Report report) {
    String record = schema.qualifiedName();
    Map<String, ColumnModel> byName = new HashMap<>();
    for (ColumnModel column : schema.columns()) {
      if (column.column().isBlank() && column.columnAnnotation() != null) {
        Anchors.onValue(
            report,
            Code.InvalidCheck,
            Messages.columnNameEmpty(record, column.name()),
            column,
            column.columnAnnotation(),
            "value");
        continue;
      }
      if (GENERATED_CONSTANTS.contains(column.name())) {
        Anchors.onColumn(
            report,
            Code.NameClash,
            Messages.componentNameReserved(
                record, column.name(), schema.generatedName().simpleName()),
            column);
      }
      ColumnModel first = byName.putIfAbsent(column.column().toLowerCase(Locale.ROOT), column);
      if (first != null) {
        Anchors.onColumn(
            report,
            Code.NameClash,
            Messages.columnNameTaken(
                record,
                column.name(),
                column.column(),
                first.name(),
                first.column(),
                first.column().equals(column.column())),
            column);
      }
    }
  }
}
