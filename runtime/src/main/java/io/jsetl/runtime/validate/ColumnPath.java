package io.jsetl.runtime.validate;

import io.jsetl.runtime.RuntimeErrors;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * A rule's column, resolved in the schema of the checked data: {@code age}, or {@code address.zip}
 * in a nested record. Segments are resolved one by one (never parsed by Spark), so a column name
 * needs no quoting.
 *
 * @param path the rule's column, as in reports
 * @param column the Spark expression of the value
 * @param type the value's Spark type
 * @param enclosingPresent true when every record around the value is present (not null); a rule of
 *     a nested record applies only then, as the generated Java checks apply it only to a present
 *     nested record
 */
record ColumnPath(String path, Column column, DataType type, Column enclosingPresent) {

  static ColumnPath resolve(StructType schema, String path, String where) {
    List<String> segments = Arrays.asList(path.split("\\."));
    Column column = functions.col(quoted(segments.get(0)));
    DataType type = field(schema, segments.get(0), path, where).dataType();
    Column enclosingPresent = functions.lit(true);
    for (String segment : segments.subList(1, segments.size())) {
      if (!(type instanceof StructType struct)) {
        throw RuntimeErrors.ruleColumnMissing(where, path, schema);
      }
      enclosingPresent = enclosingPresent.and(column.isNotNull());
      column = column.getField(segment);
      type = field(struct, segment, path, where).dataType();
    }
    return new ColumnPath(path, column, type, enclosingPresent);
  }

  private static StructField field(StructType struct, String name, String path, String where) {
    for (StructField f : struct.fields()) {
      if (f.name().equals(name)) {
        return f;
      }
    }
    throw RuntimeErrors.ruleColumnMissing(where, path, struct);
  }

  /** Backquoted, so that Spark takes the name as it is (dots and all). */
  static String quoted(String name) {
    return "`" + name.replace("`", "``") + "`";
  }
}
