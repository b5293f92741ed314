package io.jsetl.connectors.file;

import io.jsetl.connectors.ConnectorErrors;
import io.jsetl.connectors.internal.ColumnNames;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.SparkThrowable;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Checks a record against the schema stored in Parquet or ORC files before reading them.
 *
 * <p>Given a schema, Spark reads a column the files lack as null in every row. For a column the
 * record marks {@code @Nullable} that is schema evolution (files written before the column
 * existed); for any other column it would silently null out the whole column, so it is an error.
 */
final class StoredColumns {
  private StoredColumns() {}

  static void check(SparkSession spark, FileSettings settings, StructType record) {
    StructType stored;
    try {
      // Reads the footer of one file, not the data.
      stored =
          spark
              .read()
              .format(settings.format().storage())
              .options(settings.options())
              .load(settings.path())
              .schema();
    } catch (Exception e) { // AnalysisException is checked in Spark 4, though not declared
      if (e instanceof SparkThrowable s && "UNABLE_TO_INFER_SCHEMA".equals(s.getCondition())) {
        return; // no files: nothing to mis-read
      }
      throw e;
    }
    ColumnNames names = ColumnNames.of(spark);
    List<String> storedNames = Arrays.asList(stored.fieldNames());
    List<String> missing =
        Arrays.stream(record.fields())
            .filter(f -> !f.nullable() && !names.contains(storedNames, f.name()))
            .map(StructField::name)
            .toList();
    if (!missing.isEmpty()) {
      throw ConnectorErrors.missingColumns(
          settings.connector(),
          settings.format().storage(),
          settings.path(),
          "the files' schema",
          missing,
          storedNames,
          "Write the files with these columns, or mark the components @Nullable so that files"
              + " without them read as null.");
    }
  }
}
