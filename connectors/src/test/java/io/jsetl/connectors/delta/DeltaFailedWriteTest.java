package io.jsetl.connectors.delta;

import static io.jsetl.connectors.FailingWrites.children;
import static io.jsetl.connectors.FailingWrites.rows;
import static io.jsetl.connectors.FailingWrites.sortedRows;
import static io.jsetl.connectors.FailingWrites.writeFails;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.jsetl.connectors.TestConnectors;
import io.jsetl.runtime.connect.Connector;
import io.jsetl.runtime.testkit.TestSpark;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A Delta write is one commit, made only when its Spark job succeeded: a job that fails leaves the
 * table at its version, with its rows.
 */
class DeltaFailedWriteTest {
  @TempDir Path dir;

  private Path out() {
    return dir.resolve("out");
  }

  private Connector connector(String keys) {
    return TestConnectors.open("out", "delta", out(), keys);
  }

  private List<String> written() {
    return sortedRows(connector("").readRows(TestSpark.session()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"overwrite", "append"})
  void aFailedWriteLeavesTheTableAtItsVersion(String mode) {
    connector("").write(rows(0, 10));
    long version = DeltaVersions.atPath(out());
    List<String> rows = written();

    writeFails(connector("mode = " + mode));

    assertEquals(version, DeltaVersions.atPath(out()));
    assertEquals(rows, written());
    assertEquals(List.of("out"), children(dir));
  }

  @ParameterizedTest
  @ValueSource(strings = {"error", "overwrite"})
  void aFailedWriteThatWouldCreateTheTableLeavesNoPath(String mode) {
    writeFails(connector("mode = " + mode));

    assertEquals(List.of(), children(dir));
    connector("mode = " + mode).write(rows(0, 3));
    assertEquals(sortedRows(rows(0, 3)), written());
  }

  @Test
  void aFailedWriteThatWouldCreateACatalogTableCreatesNone() {
    String table = "jsetl_failed_create";
    Connector connector = TestConnectors.open("out", "storage = delta, table = " + table);
    try {
      writeFails(connector);

      assertFalse(TestSpark.session().catalog().tableExists(table));
      connector.write(rows(0, 3));
      assertEquals(sortedRows(rows(0, 3)), sortedRows(connector.readRows(TestSpark.session())));
    } finally {
      TestSpark.session().sql("DROP TABLE IF EXISTS " + table);
    }
  }

  @Test
  void anOverwriteThatSucceedsIsTheNextVersion() {
    connector("").write(rows(0, 10));
    long version = DeltaVersions.atPath(out());

    connector("mode = overwrite").write(rows(100, 103));

    assertEquals(version + 1, DeltaVersions.atPath(out()));
    assertEquals(sortedRows(rows(100, 103)), written());
  }

  @Test
  void aFailedOverwriteOfACatalogTableLeavesItAtItsVersion() {
    String table = "jsetl_failed_overwrite";
    Connector connector = TestConnectors.open("out", "storage = delta, table = " + table);
    try {
      connector.write(rows(0, 10));
      long version = DeltaVersions.ofTable(table);

      writeFails(TestConnectors.open("out", "storage = delta, mode = overwrite, table = " + table));

      assertEquals(version, DeltaVersions.ofTable(table));
      assertEquals(sortedRows(rows(0, 10)), sortedRows(connector.readRows(TestSpark.session())));
    } finally {
      TestSpark.session().sql("DROP TABLE IF EXISTS " + table);
    }
  }
}
