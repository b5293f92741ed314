package io.jsetl.connectors.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jsetl.connectors.ConnectorException;
import io.jsetl.connectors.Person;
import io.jsetl.connectors.TestConnectors;
import io.jsetl.runtime.connect.Connector;
import io.jsetl.runtime.testkit.TestSpark;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reads that cannot work fail when they are set up, with the connector's name and path. */
class ReadErrorsTest {
  private final SparkSession spark = TestSpark.session();

  @TempDir Path dir;

  private ConnectorException readFails(Connector connector) {
    return assertThrows(
        ConnectorException.class, () -> connector.read(spark, Person.class, Person.ENCODER));
  }

  @Test
  void aPathThatDoesNotExistSaysWhichKeyToFix() {
    Path path = dir.resolve("nope.csv");
    ConnectorException e = readFails(TestConnectors.open("citizens_csv", "csv", path, ""));
    assertEquals(
        "connector 'citizens_csv' (csv at "
            + path
            + ") cannot be read: the path does not exist."
            + " Set jsetl.connectors.citizens_csv.path to an existing file or directory (a relative"
            + " path is resolved against the working directory).",
        e.getMessage());
    assertTrue(e.getCause() != null);
  }

  @Test
  void textStorageNeedsARecordOfOneStringColumn() {
    Path path = dir.resolve("lines");
    TestConnectors.open("lines", "text", path, "")
        .write(spark.createDataset(List.of(new Line("x")), Line.ENCODER));
    ConnectorException e = readFails(TestConnectors.open("lines", "text", path, ""));
    assertEquals(
        "connector 'lines' (text at "
            + path
            + "): text storage holds one string per line, but the record has columns"
            + " struct<age:int,city:string,name:string>. Read it with a record of exactly one"
            + " String component, or use another storage (csv, json).",
        e.getMessage());
  }

  @Test
  void aStoredFileWithoutANonNullableColumnOfTheRecordIsAnError() {
    Path path = dir.resolve("people");
    spark.sql("SELECT 'ann' AS name, 'Lyon' AS city").write().orc(path.toString());
    ConnectorException e = readFails(TestConnectors.open("people", "orc", path, ""));
    assertEquals(
        "connector 'people' (orc at "
            + path
            + "): the record's column(s) ['age'] are not in the files' schema, which has only"
            + " ['name', 'city']. Write the files with these columns, or mark the components"
            + " @Nullable so that files without them read as null.",
        e.getMessage());
  }

  @Test
  void aStoredFileWithoutANullableColumnOfTheRecordReadsItAsNull() {
    Path path = dir.resolve("people");
    spark.sql("SELECT 'ann' AS name, 34 AS age").write().parquet(path.toString());
    Person ann =
        TestConnectors.open("people", "parquet", path, "")
            .read(spark, Person.class, Person.ENCODER)
            .first();
    assertEquals("ann", ann.getName());
    assertNull(ann.getCity());
  }

  @Test
  void anEmptyDirectoryReadsAsNoRecords() throws Exception {
    for (String storage : List.of("csv", "json", "parquet", "orc")) {
      Path empty = java.nio.file.Files.createDirectories(dir.resolve("empty-" + storage));
      assertEquals(
          0,
          TestConnectors.open("people", storage, empty, "")
              .read(spark, Person.class, Person.ENCODER)
              .count(),
          storage);
    }
  }
}
