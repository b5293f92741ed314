package io.jsetl.processor.snapshot;

import java.util.List;
import java.util.Objects;

/**
 * The persisted shape of one {@code @Schema} record: what data written under it contains and which
 * rules it was checked with. The processor writes one per record into the jar ({@link
 * SnapshotJson}); a committed one is the baseline that later builds are compared with ({@link
 * SchemaDiff}).
 *
 * @param record the record's qualified name, e.g. {@code com.acme.Citizen}
 * @param version {@code @Schema(version = ...)}
 * @param columns the columns in the record's component order
 * @param rules the record-level rules ({@code @Check} methods), in declaration order
 */
public record SchemaSnapshot(String record, int version, List<Column> columns, List<String> rules) {
  public SchemaSnapshot {
    Objects.requireNonNull(record, "record");
    columns = List.copyOf(columns);
    rules = List.copyOf(rules);
  }

  /**
   * One column.
   *
   * @param name the Spark column name ({@code @Column} or the component's name)
   * @param type the Spark type's text, see {@link SparkType}
   * @param nullable whether the column admits null
   * @param rules the names of the column's rules as reports show them ({@code notNull}, {@code
   *     range[0..150]}), in the order of the generated {@code RULES}
   */
  public record Column(String name, String type, boolean nullable, List<String> rules) {
    public Column {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(type, "type");
      rules = List.copyOf(rules);
    }
  }
}
