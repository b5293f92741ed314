package io.jsetl.connectors;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.raise_error;
import static org.apache.spark.sql.functions.when;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jsetl.runtime.connect.Connector;
import io.jsetl.runtime.testkit.TestSpark;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Data for tests of what a failed write leaves behind: rows {@code (id, name, bucket)}, and the
 * same rows with one that fails its Spark task mid-way through the job, as a row that jsetl's
 * {@code @Validate(onFailure = FAIL)} rejects does.
 */
public final class FailingWrites {
  /** The message of the failing row's error. */
  public static final String BOOM = "boom";

  private FailingWrites() {}

  /** Rows {@code from} to {@code to - 1}, in 2 partitions. */
  public static Dataset<Row> rows(long from, long to) {
    return withNameAndBucket(TestSpark.session().range(from, to, 1, 2).toDF());
  }

  /**
   * 1000 rows in 4 partitions, two of which run at a time on {@code local[2]}: the row with id 500,
   * first of the third partition, fails its task with {@link #BOOM} after other tasks have written
   * their files, or while they write them.
   */
  public static Dataset<Row> failingMidway() {
    Dataset<Row> ids = TestSpark.session().range(0, 1000, 1, 4).toDF();
    Dataset<Row> rows = withNameAndBucket(ids);
    return rows.withColumn(
        "name", when(col("id").equalTo(500), raise_error(lit(BOOM))).otherwise(col("name")));
  }

  /**
   * Writes {@link #failingMidway()} with {@code connector} and checks that Spark's failure reaches
   * the caller, in a {@code ConnectorException} naming the connector.
   */
  public static void writeFails(Connector connector) {
    ConnectorException e =
        assertThrows(ConnectorException.class, () -> connector.write(failingMidway()));
    assertEquals(connector.name(), e.connector());
    assertTrue(e.getMessage().contains(BOOM), e::getMessage);
  }

  private static Dataset<Row> withNameAndBucket(Dataset<Row> ids) {
    return ids.select(
        col("id"), concat(lit("n"), col("id")).as("name"), col("id").mod(3).as("bucket"));
  }

  /** Every file and directory under {@code path}, relative to it, sorted. */
  public static List<String> tree(Path path) {
    try (Stream<Path> files = Files.walk(path)) {
      return files.map(p -> path.relativize(p).toString()).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The names in {@code dir}, sorted: a write must leave nothing beside its path. */
  public static List<String> children(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The rows of {@code data} as text, sorted: comparable across reads in any order. */
  public static List<String> sortedRows(Dataset<Row> data) {
    return data.collectAsList().stream().map(Row::toString).sorted().toList();
  }
}
