package io.jsetl.processor.snapshot;

import java.util.ArrayList;
import java.util.List;

/** Snapshots written compactly for tests: {@code snapshot(1, col("age", "int"), ...)}. */
final class TestSnapshots {
  private TestSnapshots() {}

  static SchemaSnapshot snapshot(int version, SchemaSnapshot.Column... columns) {
    return new SchemaSnapshot("t.Citizen", version, List.of(columns), List.of());
  }

  /** A non-null column with its implicit {@code notNull} (as a boxed or reference column has). */
  static SchemaSnapshot.Column col(String name, String type, String... rules) {
    List<String> all = new ArrayList<>();
    all.add("notNull");
    all.addAll(List.of(rules));
    return new SchemaSnapshot.Column(name, type, false, all);
  }

  static SchemaSnapshot.Column nullable(String name, String type, String... rules) {
    return new SchemaSnapshot.Column(name, type, true, List.of(rules));
  }

  /** A column of a primitive type: non-null, without a notNull rule. */
  static SchemaSnapshot.Column primitive(String name, String type, String... rules) {
    return new SchemaSnapshot.Column(name, type, false, List.of(rules));
  }

  static SchemaSnapshot withRules(SchemaSnapshot snapshot, String... rules) {
    return new SchemaSnapshot(
        snapshot.record(), snapshot.version(), snapshot.columns(), List.of(rules));
  }
}
