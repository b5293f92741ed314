package io.jsetl.connectors.file;

import io.jsetl.connectors.ConnectorErrors;
import io.jsetl.connectors.internal.ColumnNames;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Lines up a record with the header of CSV files, by name.
 *
 * <p>Spark applies a user schema to CSV columns by position and, by default ({@code
 * enforceSchema=true}), ignores the header: a file whose columns are in another order than the
 * record is silently read into the wrong columns. With {@code enforceSchema=false} Spark compares
 * each file's header with the schema, but still by position, so it fails on any other order. jsetl
 * therefore reads the header of the first file, builds the schema in the file's order with the
 * record's types, and lets Spark check every file's header against it ({@code
 * enforceSchema=false}): columns are matched by name, and a file that differs fails instead of
 * being mis-read.
 */
final class CsvHeader {
  private CsvHeader() {}

  /**
   * The schema to read with: the header's columns in the file's order (typed as in the record;
   * columns the record does not have as strings, then dropped), then partition columns.
   *
   * @throws io.jsetl.connectors.ConnectorException when a record column is neither in the header
   *     nor a partition directory
   */
  static StructType readSchema(SparkSession spark, FileSettings settings, StructType record) {
    // The text source lists the files and the partition columns (after its one "value" column)
    // without reading any data.
    Dataset<Row> listing =
        spark.read().format("text").options(settings.options()).load(settings.path());
    String[] files = listing.inputFiles();
    if (files.length == 0) {
      return record; // nothing to read, nothing to mis-read
    }
    Arrays.sort(files);
    String file = files[0];
    List<String> partitionColumns =
        Arrays.asList(listing.schema().fieldNames()).subList(1, listing.schema().size());
    List<String> header = header(spark, settings, file);

    ColumnNames names = ColumnNames.of(spark);
    StructType schema = new StructType();
    for (String column : header) {
      Optional<StructField> field = names.find(record, column);
      schema =
          schema.add(column, field.map(StructField::dataType).orElse(DataTypes.StringType), true);
    }
    List<String> missing = new ArrayList<>();
    for (StructField field : record.fields()) {
      if (names.contains(header, field.name())) {
        continue; // typed above, in the file's order
      }
      if (names.contains(partitionColumns, field.name())) {
        schema = schema.add(field.name(), field.dataType(), true);
      } else {
        missing.add(field.name());
      }
    }
    if (!missing.isEmpty()) {
      throw ConnectorErrors.missingColumns(
          settings.connector(),
          settings.format().storage(),
          settings.path(),
          "the header of " + file,
          missing,
          header,
          "Columns are matched to the record by name. Add the column to the file, or, if the file"
              + " spells it differently, rename it there or name the record component with"
              + " @Column(\"...\"). To read columns by position instead, set header = false.");
    }
    return schema;
  }

  private static List<String> header(SparkSession spark, FileSettings settings, String file) {
    StructType header =
        spark
            .read()
            .format("csv")
            .options(settings.options())
            .option("header", "true")
            .option("inferSchema", "false")
            .load(file)
            .schema();
    if (header.isEmpty()) {
      throw ConnectorErrors.noHeader(settings.connector(), settings.path(), file);
    }
    return Arrays.asList(header.fieldNames());
  }
}
