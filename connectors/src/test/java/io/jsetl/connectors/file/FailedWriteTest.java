package io.jsetl.connectors.file;

import static io.jsetl.connectors.FailingWrites.children;
import static io.jsetl.connectors.FailingWrites.rows;
import static io.jsetl.connectors.FailingWrites.sortedRows;
import static io.jsetl.connectors.FailingWrites.tree;
import static io.jsetl.connectors.FailingWrites.writeFails;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jsetl.connectors.TestConnectors;
import io.jsetl.runtime.connect.Connector;
import io.jsetl.runtime.testkit.TestSpark;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A write whose Spark job fails leaves the path exactly as it was, and nothing beside it: the
 * guarantee {@code @Validate(onFailure = FAIL)} relies on (see {@link StagedWrite}).
 */
class FailedWriteTest {
  @TempDir Path dir;

  private Path out() {
    return dir.resolve("out");
  }

  private Connector connector(String storage, String keys) {
    return TestConnectors.open("out", storage, out(), keys);
  }

  private List<String> written(String storage, String keys) {
    return sortedRows(connector(storage, keys).readRows(TestSpark.session()));
  }

  @ParameterizedTest
  @CsvSource({
    "parquet, overwrite", "parquet, append",
    "csv,     overwrite", "csv,     append",
    "json,    overwrite", "json,    append"
  })
  void aFailedWriteLeavesEveryFileAsItWas(String storage, String mode) {
    connector(storage, "").write(rows(0, 10));
    List<String> files = tree(out());
    List<String> rows = written(storage, "");

    writeFails(connector(storage, "mode = " + mode));

    assertEquals(files, tree(out()));
    assertEquals(rows, written(storage, ""));
    assertEquals(List.of("out"), children(dir));
  }

  @ParameterizedTest
  @ValueSource(strings = {"error", "append", "ignore", "overwrite"})
  void aFailedWriteToANewPathCreatesNothing(String mode) {
    writeFails(connector("parquet", "mode = " + mode));

    assertEquals(List.of(), children(dir));
  }

  @ParameterizedTest
  @ValueSource(strings = {"parquet", "csv"})
  void anOverwriteThatSucceedsReplacesTheDataAndLeavesNothingBeside(String storage) {
    connector(storage, "").write(rows(0, 10));

    connector(storage, "mode = overwrite").write(rows(100, 103));

    assertEquals(sortedRows(rows(100, 103)), written(storage, ""));
    assertEquals(List.of("out"), children(dir));
  }

  @Test
  void aFailedPartitionedOverwriteLeavesEveryPartition() {
    String partitioned = "partition-by = [bucket]";
    connector("parquet", partitioned).write(rows(0, 10));
    List<String> files = tree(out());
    assertTrue(files.contains("bucket=2"), files::toString);

    writeFails(connector("parquet", partitioned + ", mode = overwrite"));

    assertEquals(files, tree(out()));
    assertEquals(List.of("out"), children(dir));
  }

  @Test
  void aDynamicPartitionOverwriteIsLeftToSparkWhichAlsoCommitsOnlyOnSuccess() {
    String dynamic = "partition-by = [bucket], options.partitionOverwriteMode = dynamic";
    connector("parquet", dynamic).write(rows(0, 10));
    List<String> files = tree(out());

    writeFails(connector("parquet", dynamic + ", mode = overwrite"));
    assertEquals(files, tree(out()));

    // Only the partitions the data has are replaced: bucket 0 keeps its rows.
    Dataset<Row> bucketsOneAndTwo = rows(100, 102); // ids 100 and 101: buckets 1 and 2
    connector("parquet", dynamic + ", mode = overwrite").write(bucketsOneAndTwo);
    List<String> expected =
        sortedRows(rows(0, 10).where("bucket = 0").unionByName(bucketsOneAndTwo));
    assertEquals(expected, written("parquet", dynamic));
    assertEquals(List.of("out"), children(dir));
  }

  @Test
  void theDataOfThePathItOverwritesCanBeReadInTheSameWrite() {
    // Spark refuses this ("Cannot overwrite a path that is also being read from") because it
    // deletes the path first; written beside it and swapped after the job, it is safe.
    connector("parquet", "").write(rows(0, 10));
    Dataset<Row> evens = connector("parquet", "").readRows(TestSpark.session()).where("id % 2 = 0");

    connector("parquet", "mode = overwrite").write(evens);

    assertEquals(sortedRows(rows(0, 10).where("id % 2 = 0")), written("parquet", ""));
  }

  @Test
  void aReplacedPathIsNotServedFromSparksCache() {
    connector("parquet", "").write(rows(0, 10));
    Dataset<Row> cached = connector("parquet", "").readRows(TestSpark.session()).cache();
    assertEquals(10, cached.count());

    connector("parquet", "mode = overwrite").write(rows(100, 103));

    assertEquals(3, connector("parquet", "").readRows(TestSpark.session()).count());
    cached.unpersist();
  }
}
