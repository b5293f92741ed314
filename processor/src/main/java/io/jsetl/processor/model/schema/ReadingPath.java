package io.jsetl.processor.model.schema;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the reader is while it descends into nested records: the records entered so far (to detect
 * a record that contains itself, which Spark cannot encode) and the components crossed (to print
 * the cycle as {@code a.A.b -> a.B.a -> a.A}).
 */
final class ReadingPath {
  private final List<String> records;
  private final List<String> hops;

  private ReadingPath(List<String> records, List<String> hops) {
    this.records = List.copyOf(records);
    this.hops = List.copyOf(hops);
  }

  static ReadingPath startingAt(String record) {
    return new ReadingPath(List.of(record), List.of());
  }

  /** Crossing component {@code component} of the innermost record. */
  ReadingPath through(String component) {
    List<String> more = new ArrayList<>(hops);
    more.add(records.get(records.size() - 1) + "." + component);
    return new ReadingPath(records, more);
  }

  /** Entering nested record {@code record}. */
  ReadingPath into(String record) {
    List<String> more = new ArrayList<>(records);
    more.add(record);
    return new ReadingPath(more, hops);
  }

  boolean isInside(String record) {
    return records.contains(record);
  }

  /** The cycle that leads back to {@code record}: {@code a.A.b -> a.B.a -> a.A}. */
  String cycleBackTo(String record) {
    return String.join(" -> ", hops) + " -> " + record;
  }
}
