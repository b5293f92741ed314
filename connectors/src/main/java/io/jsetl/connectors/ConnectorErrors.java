package io.jsetl.connectors;

import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;

import io.jsetl.runtime.connect.ConfigProblem;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.spark.SparkThrowable;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructType;

/**
 * Every error the connectors raise, worded in one place. Factories return the exception ({@code
 * throw ConnectorErrors.x(..)}). Messages start with the connector, its storage and path, then say
 * what is wrong and what to do. They never contain configuration values, as some are secrets; paths
 * are not secret.
 */
public final class ConnectorErrors {
  private ConnectorErrors() {}

  /** {@code open} was called on a configuration that {@code check} rejects. */
  public static ConnectorException invalidConfig(String connector, List<ConfigProblem> problems) {
    String list =
        problems.stream().map(p -> "  - " + p.describe()).collect(Collectors.joining("\n"));
    return new ConnectorException(
        connector,
        ("connector '%s' cannot be opened: its configuration has %d problem(s):\n%s\n"
                + "Fix them under jsetl.connectors.%s.")
            .formatted(connector, problems.size(), list, connector),
        null);
  }

  /**
   * Reading failed before any data was returned. Spark's failure is the cause; a {@link
   * ConnectorException} is returned as it is, never wrapped twice.
   */
  public static ConnectorException readFailed(
      String connector, String storage, String path, Throwable cause) {
    if (cause instanceof ConnectorException already) {
      return already;
    }
    String what;
    if (hasCondition(cause, "PATH_NOT_FOUND")) {
      what =
          ("the path does not exist. Set jsetl.connectors.%s.path to an existing file or"
                  + " directory (a relative path is resolved against the working directory).")
              .formatted(connector);
    } else if (hasCondition(cause, "DELTA_TABLE_NOT_FOUND", "DELTA_MISSING_DELTA_TABLE")) {
      what =
          ("there is no Delta table there (no _delta_log with a commit). Point"
                  + " jsetl.connectors.%s.path at a Delta table, or write one there first.")
              .formatted(connector);
    } else if (hasCondition(cause, "TABLE_OR_VIEW_NOT_FOUND")) {
      what =
          ("the table does not exist. Check jsetl.connectors.%s.table (qualify it as"
                  + " schema.table if it is not in the current schema), or write it first.")
              .formatted(connector);
    } else {
      what =
          ("it failed: %s Check that the path holds %s data and that the connector's options"
                  + " suit it.")
              .formatted(firstLine(cause), storage);
    }
    return new ConnectorException(
        connector, head(connector, storage, path) + " cannot be read: " + what, cause);
  }

  /** Writing failed; Spark's failure is the cause. */
  public static ConnectorException writeFailed(
      String connector, String storage, String path, String mode, Throwable cause) {
    if (cause instanceof ConnectorException already) {
      return already;
    }
    String what;
    if (hasCondition(
        cause, "PATH_ALREADY_EXISTS", "DELTA_PATH_EXISTS", "TABLE_OR_VIEW_ALREADY_EXISTS")) {
      String subject = hasCondition(cause, "TABLE_OR_VIEW_ALREADY_EXISTS") ? "table" : "path";
      what =
          ("the %s already exists and mode is '%s'. Set jsetl.connectors.%s.mode = overwrite"
                  + " to replace it, or append to add to it.")
              .formatted(subject, mode, connector);
    } else if (hasCondition(cause, "DELTA_METADATA_MISMATCH")) {
      what =
          ("the data's columns differ from the table's (mode %s). Set"
                  + " jsetl.connectors.%s.merge-schema = true to add the data's new columns to the"
                  + " table, or write exactly the table's columns.")
              .formatted(mode, connector);
    } else if (hasCondition(cause, "DELTA_FAILED_TO_MERGE_FIELDS")) {
      what =
          ("a column of the data has another type than in the table (mode %s): %s Write the"
                  + " table's types, or, with mode = overwrite, set"
                  + " jsetl.connectors.%s.options.overwriteSchema = true to replace the table's"
                  + " schema.")
              .formatted(mode, firstLine(cause), connector);
    } else {
      what = "it failed (mode %s): %s".formatted(mode, firstLine(cause));
    }
    return new ConnectorException(
        connector, head(connector, storage, path) + " cannot be written: " + what, cause);
  }

  /**
   * The Spark session lacks Delta Lake's extension, without which Delta reads and writes fail or
   * behave differently.
   *
   * @param settings the session settings Delta needs, {@code key=value and key=value}
   */
  public static ConnectorException deltaNotConfigured(
      String connector, String path, String settings) {
    return new ConnectorException(
        connector,
        ("%s: the Spark session is not set up for Delta Lake. Start it with %s"
                + " (SparkSession.builder().config(...), or --conf with spark-submit).")
            .formatted(head(connector, "delta", path), settings),
        null);
  }

  /** {@code partition-by} names a column the data to write does not have. */
  public static ConnectorException unknownPartitionColumns(
      String connector, String storage, String path, List<String> missing, List<String> columns) {
    return new ConnectorException(
        connector,
        ("%s cannot be written: partition-by names %s, which the data does not have; its columns"
                + " are %s. Fix jsetl.connectors.%s.partition-by.")
            .formatted(head(connector, storage, path), quoted(missing), quoted(columns), connector),
        null);
  }

  /**
   * Columns of the record are absent from what is read.
   *
   * @param where the file or files that lack them, as the user would look for them
   * @param found the columns that are there
   * @param fix what to do, as this depends on the storage
   */
  public static ConnectorException missingColumns(
      String connector,
      String storage,
      String path,
      String where,
      List<String> missing,
      List<String> found,
      String fix) {
    return new ConnectorException(
        connector,
        "%s: the record's column(s) %s are not in %s, which has only %s. %s"
            .formatted(head(connector, storage, path), quoted(missing), where, quoted(found), fix),
        null);
  }

  /** A column stored with a type that a record component cannot be read as. */
  public record TypeMismatch(String column, DataType stored, DataType record) {}

  /**
   * Columns of the record have types that what is read cannot be read as.
   *
   * @param where what was read, as the user would look for it: {@code "the table"}
   */
  public static ConnectorException incompatibleColumns(
      String connector, String storage, String path, String where, List<TypeMismatch> columns) {
    String list =
        columns.stream()
            .map(
                c ->
                    "'%s' is %s in %s but %s in the record"
                        .formatted(
                            c.column(),
                            c.stored().simpleString(),
                            where,
                            c.record().simpleString()))
            .collect(Collectors.joining("; "));
    return new ConnectorException(
        connector,
        ("%s: %s. A column reads into a record component of the same type or a wider one (int"
                + " into long, float into double). Change the component's type, or convert the"
                + " stored column.")
            .formatted(head(connector, storage, path), list),
        null);
  }

  /** A CSV file read with {@code header = true} has no header line. */
  public static ConnectorException noHeader(String connector, String path, String file) {
    return new ConnectorException(
        connector,
        ("%s: %s has no header line. Add one, or set jsetl.connectors.%s.header = false to read"
                + " columns by position in the record's order.")
            .formatted(head(connector, "csv", path), file, connector),
        null);
  }

  /** A typed read of {@code text} storage with a record that is not one string column. */
  public static ConnectorException notOneStringColumn(
      String connector, String path, StructType record) {
    return new ConnectorException(
        connector,
        ("%s: text storage holds one string per line, but the record has columns %s. Read it with"
                + " a record of exactly one String component, or use another storage (csv, json).")
            .formatted(head(connector, "text", path), record.simpleString()),
        null);
  }

  /**
   * The message of a malformed record found while Spark reads: a column, as the file and the record
   * are only known there.
   *
   * @param file the file being read
   * @param record the malformed record's text, already shortened
   */
  public static Column malformedRecord(
      String connector, String storage, String path, Column file, Column record) {
    String advice =
        ("'. A value does not parse as its column's type, or the record has the wrong number of"
                + " fields. Fix the file, or set jsetl.connectors.%s.options.mode = PERMISSIVE"
                + " (such values read as null) or DROPMALFORMED (such records are skipped).")
            .formatted(connector);
    return concat(
        lit(head(connector, storage, path) + ": malformed record in "),
        file,
        lit(": '"),
        record,
        lit(advice));
  }

  private static String head(String connector, String storage, String path) {
    return "connector '%s' (%s at %s)".formatted(connector, storage, path);
  }

  private static String quoted(List<String> names) {
    return names.stream().map(n -> "'" + n + "'").collect(Collectors.joining(", ", "[", "]"));
  }

  /** Whether {@code t} or one of its causes is a Spark error with one of {@code conditions}. */
  private static boolean hasCondition(Throwable t, String... conditions) {
    List<String> wanted = List.of(conditions);
    for (Throwable c = t; c != null; c = c.getCause()) {
      // Not every SparkThrowable has a condition; List.of(...).contains(null) would throw.
      String condition = c instanceof SparkThrowable s ? s.getCondition() : null;
      if (condition != null && wanted.contains(condition)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The first line of a cause's message, ending with a full stop. Spark's messages can carry whole
   * query plans after the first line; the cause keeps them.
   */
  private static String firstLine(Throwable t) {
    String m = t.getMessage() == null ? t.getClass().getName() : t.getMessage().strip();
    int nl = m.indexOf('\n');
    String line = nl < 0 ? m : m.substring(0, nl).strip();
    return line.endsWith(".") ? line : line + ".";
  }
}
