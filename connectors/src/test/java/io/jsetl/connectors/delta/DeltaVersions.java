package io.jsetl.connectors.delta;

import io.delta.tables.DeltaTable;
import io.jsetl.runtime.testkit.TestSpark;
import java.nio.file.Path;

/** The latest version of a Delta table, from its history: a write that commits adds one. */
final class DeltaVersions {
  private DeltaVersions() {}

  static long atPath(Path path) {
    return latest(DeltaTable.forPath(TestSpark.session(), path.toString()));
  }

  static long ofTable(String name) {
    return latest(DeltaTable.forName(TestSpark.session(), name));
  }

  private static long latest(DeltaTable table) {
    return table.history(1).first().<Long>getAs("version");
  }
}
