package io.jsetl.processor.model.schema;

import java.util.ArrayList;
import java.util.List;

/** Walks column type trees. */
public final class ColumnTypes {
  private ColumnTypes() {}

  /**
   * A node of a column's type tree.
   *
   * @param path the column that holds the node: {@code address} for the column itself and its
   *     collection elements, {@code address.geo} inside a nested record
   */
  public record Located(String path, ColumnType type) {}

  /** Every node of the column's type, nested records included, parents before children. */
  public static List<Located> nodes(ColumnModel column) {
    List<Located> out = new ArrayList<>();
    collect(column.name(), column.type(), out);
    return out;
  }

  private static void collect(String path, ColumnType type, List<Located> out) {
    out.add(new Located(path, type));
    if (type instanceof ColumnType.ListOf l) {
      collect(path, l.element(), out);
    } else if (type instanceof ColumnType.SetOf s) {
      collect(path, s.element(), out);
    } else if (type instanceof ColumnType.MapOf m) {
      collect(path, m.key(), out);
      collect(path, m.value(), out);
    } else if (type instanceof ColumnType.Struct s) {
      for (ColumnModel nested : s.columns()) {
        collect(path + "." + nested.name(), nested.type(), out);
      }
    }
  }
}
