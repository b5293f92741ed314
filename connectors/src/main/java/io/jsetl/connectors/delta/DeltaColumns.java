package io.jsetl.connectors.delta;

import static org.apache.spark.sql.functions.lit;

import io.jsetl.connectors.ConnectorErrors;
import io.jsetl.connectors.ConnectorErrors.TypeMismatch;
import io.jsetl.connectors.internal.ColumnNames;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.expressions.Cast;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Lines up a record with a Delta table's schema before reading, so that a typed read fails at once,
 * naming the connector, the table and the columns, instead of deep inside Spark's analysis.
 *
 * <p>Delta does not take a read schema; it reads the table's own (from the log, without touching
 * data). Columns are matched by name as Spark matches them, and each must be readable as its
 * component's type: the same type, or one Spark widens without loss (int into long). A column the
 * table lacks is an error unless the component is {@code @Nullable}; it then reads as null, the
 * same schema-evolution rule as for Parquet and ORC.
 */
final class DeltaColumns {
  private DeltaColumns() {}

  /**
   * The table's columns as the record's, in the record's order.
   *
   * @throws io.jsetl.connectors.ConnectorException when a column is missing or of another type
   */
  static Dataset<Row> select(Dataset<Row> table, StructType record, DeltaSettings settings) {
    ColumnNames names = ColumnNames.of(table.sparkSession());
    StructType stored = table.schema();
    List<String> missing = new ArrayList<>();
    List<TypeMismatch> mismatched = new ArrayList<>();
    List<Column> columns = new ArrayList<>();
    for (StructField field : record.fields()) {
      Optional<StructField> found = names.find(stored, field.name());
      if (found.isEmpty()) {
        if (field.nullable()) {
          columns.add(lit(null).cast(field.dataType()).as(field.name()));
        } else {
          missing.add(field.name());
        }
        continue;
      }
      // The rule Spark applies when a Dataset is turned into records (Dataset.as).
      if (!Cast.canUpCast(found.get().dataType(), field.dataType())) {
        mismatched.add(new TypeMismatch(field.name(), found.get().dataType(), field.dataType()));
      }
      columns.add(table.col(ColumnNames.quoted(found.get().name())).as(field.name()));
    }
    if (!missing.isEmpty()) {
      throw ConnectorErrors.missingColumns(
          settings.connector(),
          DeltaSettings.STORAGE,
          settings.where(),
          "the table",
          missing,
          Arrays.asList(stored.fieldNames()),
          "Add the columns to the table (write them with merge-schema = true), or mark the"
              + " components @Nullable so that they read as null.");
    }
    if (!mismatched.isEmpty()) {
      throw ConnectorErrors.incompatibleColumns(
          settings.connector(), DeltaSettings.STORAGE, settings.where(), "the table", mismatched);
    }
    return table.select(columns.toArray(Column[]::new));
  }
}
