package io.jsetl.connectors.file;

import static org.apache.spark.sql.functions.input_file_name;
import static org.apache.spark.sql.functions.raise_error;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.when;

import io.jsetl.connectors.ConnectorErrors;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Fails a typed CSV or JSON read on its first malformed record, with an error that names the
 * connector, the path and the file.
 *
 * <p>Spark's own FAILFAST mode fails the same way, but its error names neither the connector nor
 * the raw record, and it surfaces only when an action runs, far from the connector. So jsetl reads
 * in PERMISSIVE mode with a corrupt-record column and makes every record column raise an error when
 * that column is set. Because each column carries the check, a later projection or filter cannot
 * skip it, and Spark cannot push a filter below it into the scan.
 */
final class MalformedRecordGuard {
  /** Spark puts a malformed record's text here; the name keeps clear of user columns. */
  static final String CORRUPT_RECORD = "_jsetl_malformed_record";

  /** Enough of a malformed record to find it, not so much that a log line explodes. */
  private static final int SHOWN_CHARACTERS = 200;

  private MalformedRecordGuard() {}

  /** The options that make Spark keep malformed records instead of failing or dropping them. */
  static Map<String, String> options() {
    return Map.of("mode", "PERMISSIVE", "columnNameOfCorruptRecord", CORRUPT_RECORD);
  }

  /** The read schema with the corrupt-record column added. */
  static StructType withCorruptRecord(StructType schema) {
    return schema.add(CORRUPT_RECORD, DataTypes.StringType, true);
  }

  /** {@code column}, failing instead when its row is malformed. */
  static Column guard(Dataset<Row> rows, Column column, FileSettings settings) {
    Column corrupt = rows.col(CORRUPT_RECORD);
    Column message =
        ConnectorErrors.malformedRecord(
            settings.connector(),
            settings.format().storage(),
            settings.path(),
            input_file_name(),
            substring(corrupt, 1, SHOWN_CHARACTERS));
    return when(corrupt.isNotNull(), raise_error(message)).otherwise(column);
  }
}
