package io.jsetl.connectors.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Matches column names the way Spark resolves them: ignoring case unless {@code
 * spark.sql.caseSensitive} is set, so that jsetl's own checks agree with Spark's.
 */
public final class ColumnNames {
  private final boolean caseSensitive;

  private ColumnNames(boolean caseSensitive) {
    this.caseSensitive = caseSensitive;
  }

  public static ColumnNames of(SparkSession spark) {
    return new ColumnNames(
        Boolean.parseBoolean(spark.conf().get("spark.sql.caseSensitive", "false")));
  }

  public boolean same(String a, String b) {
    return caseSensitive ? a.equals(b) : a.equalsIgnoreCase(b);
  }

  public boolean contains(List<String> names, String name) {
    return names.stream().anyMatch(n -> same(n, name));
  }

  public Optional<StructField> find(StructType schema, String name) {
    return Arrays.stream(schema.fields()).filter(f -> same(f.name(), name)).findFirst();
  }

  /** A column reference that takes {@code name} literally, even with dots or backticks in it. */
  public static String quoted(String name) {
    return "`" + name.replace("`", "``") + "`";
  }
}
