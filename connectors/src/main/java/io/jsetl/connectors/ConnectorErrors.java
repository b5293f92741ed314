package io.jsetl.connectors;

import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;

import io.jsetl.runtime.connect.ConfigProblem;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.spark.SparkThrowable;
import org.apache.spark.sql.Column;
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
    String what =
        hasCondition(cause, "PATH_NOT_FOUND")
            ? ("the path does not exist. Set jsetl.connectors.%s.path to an existing file or"
                    + " directory (a relative path is resolved against the working directory).")
                .formatted(connector)
            : ("it failed: %s Check that the path holds %s files and that the connector's"
                    + " options suit them.")
                .formatted(firstLine(cause), storage);
    return new ConnectorException(
        connector, head(connector, storage, path) + " cannot be read: " + what, cause);
  }

  /** Writing failed; Spark's failure is the cause. */
  public static ConnectorException writeFailed(
      String connector, String storage, String path, String mode, Throwable cause) {
    if (cause instanceof ConnectorException already) {
      return already;
    }
    String what =
        hasCondition(cause, "PATH_ALREADY_EXISTS")
            ? ("the path already exists and mode is '%s'. Set jsetl.connectors.%s.mode = overwrite"
                    + " to replace it, or append to add to it.")
                .formatted(mode, connector)
            : "it failed (mode %s): %s".formatted(mode, firstLine(cause));
    return new ConnectorException(
        connector, head(connector, storage, path) + " cannot be written: " + what, cause);
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

  private static boolean hasCondition(Throwable t, String condition) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof SparkThrowable s && condition.equals(s.getCondition())) {
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
