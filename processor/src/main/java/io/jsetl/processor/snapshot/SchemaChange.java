package io.jsetl.processor.snapshot;

import java.util.Objects;

/**
 * One difference between two snapshots of a schema.
 *
 * @param kind what changed
 * @param column the Spark column it is about, or {@code *} for the record as a whole
 * @param detail the change in words, e.g. {@code age: bigint -> int}
 * @param note what kind of change it is, or a hint, e.g. {@code narrowed} or {@code renamed to
 *     mail?}; empty when there is nothing to add
 * @param breaking whether data or readers of the older schema no longer fit the newer one
 */
public record SchemaChange(Kind kind, String column, String detail, String note, boolean breaking) {
  /** The column of a change about the whole record. */
  public static final String RECORD = "*";

  public SchemaChange {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(column, "column");
    Objects.requireNonNull(detail, "detail");
    Objects.requireNonNull(note, "note");
  }

  public enum Kind {
    /** The snapshots are of differently named records. */
    RECORD_RENAMED('~'),
    VERSION_CHANGED('~'),
    /** Breaking: readers expect the column and old data has it. */
    COLUMN_REMOVED('-'),
    /** Breaking when not nullable: data written before has no value for it. */
    COLUMN_ADDED('+'),
    /** Breaking unless widened. */
    TYPE_CHANGED('~'),
    /** Breaking from nullable to non-null: old data may hold nulls. */
    NULLABILITY_CHANGED('~'),
    /** The common columns are in another order; by-name formats do not care. */
    COLUMNS_REORDERED('~'),
    RULE_ADDED('~'),
    RULE_REMOVED('~'),
    /** A rule of the same kind with other parameters, e.g. another range. */
    RULE_CHANGED('~');

    private final char symbol;

    Kind(char symbol) {
      this.symbol = symbol;
    }

    /** {@code -} removed, {@code +} added, {@code ~} changed: the first character of a line. */
    public char symbol() {
      return symbol;
    }
  }

  /**
   * The change as one line of {@link SchemaDiff#render()}: {@code - removed column email
   * (breaking)}, {@code ~ age: bigint -> int (narrowed, breaking)}.
   */
  public String line() {
    String notes =
        note.isEmpty() ? (breaking ? "breaking" : "") : note + (breaking ? ", breaking" : "");
    return kind.symbol() + " " + detail + (notes.isEmpty() ? "" : " (" + notes + ")");
  }

  /** The change without its symbol and breaking mark: {@code age: bigint -> int (narrowed)}. */
  public String describe() {
    return detail + (note.isEmpty() ? "" : " (" + note + ")");
  }
}
