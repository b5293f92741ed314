package io.jsetl.connectors.file;

import io.jsetl.connectors.ConnectorErrors;
import io.jsetl.connectors.internal.ColumnNames;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Reads files as the columns of a record: Spark is given the record's schema, never infers one, and
 * the result has exactly the record's columns, in its order. Each format adds what keeps a read
 * from going silently wrong (see {@link CsvHeader}, {@link StoredColumns}, {@link
 * MalformedRecordGuard}).
 */
final class TypedRead {
  private TypedRead() {}

  static Dataset<Row> rows(SparkSession spark, FileSettings settings, StructType record) {
    StructType schema =
        switch (settings.format()) {
          case CSV -> settings.header() ? CsvHeader.readSchema(spark, settings, record) : record;
          case TEXT -> oneStringColumn(settings, record);
          case PARQUET, ORC -> {
            StoredColumns.check(spark, settings, record);
            yield record;
          }
          case JSON -> record;
        };
    Map<String, String> options = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    if (settings.format() == FileFormat.CSV && settings.header()) {
      options.put("enforceSchema", "false"); // every file's header is checked, see CsvHeader
    }
    options.putAll(settings.options());
    boolean guarded = settings.failOnMalformed();
    if (guarded) {
      options.putAll(MalformedRecordGuard.options());
      schema = MalformedRecordGuard.withCorruptRecord(schema);
    } else if (settings.format().parsesRecords()) {
      options.put("mode", settings.parseMode());
    }
    Dataset<Row> rows =
        spark
            .read()
            .format(settings.format().storage())
            .options(options)
            .schema(schema)
            .load(settings.path());

    Column[] columns = new Column[record.size()];
    for (int i = 0; i < columns.length; i++) {
      String name = record.fields()[i].name();
      Column column = rows.col(ColumnNames.quoted(name));
      columns[i] = (guarded ? MalformedRecordGuard.guard(rows, column, settings) : column).as(name);
    }
    return rows.select(columns);
  }

  /** Text files hold one string per line, which only a one-string-column record can take. */
  private static StructType oneStringColumn(FileSettings settings, StructType record) {
    StructField[] fields = record.fields();
    if (fields.length != 1 || !fields[0].dataType().equals(DataTypes.StringType)) {
      throw ConnectorErrors.notOneStringColumn(settings.connector(), settings.path(), record);
    }
    return record;
  }
}
