package io.jsetl.dsl;

import java.util.List;
import java.util.Objects;

/**
 * A check over a whole dataset, returned by a {@link Check} method of a {@code @Schema} record.
 * Dataset checks are evaluated by the runtime's validation engine together with the row checks.
 */
public sealed interface DatasetCheck {

  /** The rule's name in reports. */
  String name();

  /** The row count lies in {@code [min, max]}. */
  static DatasetCheck rowCount(long min, long max) {
    if (min > max) {
      throw new IllegalArgumentException("rowCount: min " + min + " > max " + max);
    }
    return new RowCount(min, max);
  }

  /** No two rows share the same values in these columns. */
  static DatasetCheck uniqueKey(Col<?, ?>... columns) {
    if (columns.length == 0) {
      throw new IllegalArgumentException("uniqueKey needs at least one column");
    }
    return new UniqueKey(List.of(columns).stream().map(Col::name).toList());
  }

  /** The row count lies in an inclusive range. */
  record RowCount(long min, long max) implements DatasetCheck {
    @Override
    public String name() {
      return "rowCount[" + min + ".." + max + "]";
    }
  }

  /** A composite key: the listed columns together identify a row. */
  record UniqueKey(List<String> columns) implements DatasetCheck {
    public UniqueKey {
      columns = List.copyOf(Objects.requireNonNull(columns, "columns"));
    }

    @Override
    public String name() {
      return "uniqueKey" + columns;
    }
  }
}
