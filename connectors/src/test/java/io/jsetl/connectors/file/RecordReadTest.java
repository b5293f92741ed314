package io.jsetl.connectors.file;

import static io.jsetl.connectors.Citizen.sorted;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jsetl.connectors.Citizen;
import io.jsetl.connectors.ConnectorException;
import io.jsetl.connectors.TestConnectors;
import io.jsetl.runtime.connect.Connector;
import io.jsetl.runtime.testkit.TestSpark;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Records with jsetl's encoders, as generated code reads and writes them. */
class RecordReadTest {
  private static final List<Citizen> CITIZENS =
      List.of(
          new Citizen("ann", 34, "Lyon", LocalDate.of(1991, 2, 3)),
          new Citizen("bob", 17, null, LocalDate.of(2008, 12, 31)));

  private final SparkSession spark = TestSpark.session();

  @TempDir Path dir;

  private Dataset<Citizen> read(Connector connector) {
    return connector.read(spark, Citizen.class, Citizen.ENCODER);
  }

  @ParameterizedTest
  @ValueSource(strings = {"csv", "json", "parquet", "orc"})
  void aRecordWrittenReadsBackEqual(String storage) {
    Connector connector = TestConnectors.open("citizens", storage, dir.resolve("citizens"), "");
    connector.write(spark.createDataset(CITIZENS, Citizen.ENCODER));

    Dataset<Citizen> read = read(connector);

    assertEquals(List.of("name", "age", "city", "born"), List.of(read.columns()));
    assertEquals(CITIZENS, sorted(read));
  }

  @Test
  void csvColumnsInAnotherOrderAreMatchedByName() throws Exception {
    Path file =
        Files.writeString(
            dir.resolve("citizens.csv"),
            "born,city,age,name\n1991-02-03,Lyon,34,ann\n2008-12-31,,17,bob\n");
    assertEquals(CITIZENS, sorted(read(TestConnectors.open("citizens", "csv", file, ""))));
  }

  @Test
  void aNullableColumnMissingFromACsvHeaderIsStillAnError() throws Exception {
    Path file =
        Files.writeString(dir.resolve("citizens.csv"), "born,age,name\n1991-02-03,34,ann\n");
    ConnectorException e =
        assertThrows(
            ConnectorException.class, () -> read(TestConnectors.open("citizens", "csv", file, "")));
    assertTrue(
        e.getMessage()
            .contains("the record's column(s) ['city'] are not in the header of " + file.toUri()),
        e::getMessage);
  }

  @Test
  void aParquetFileWithoutANonNullableStringColumnIsAnError() {
    Path path = dir.resolve("citizens");
    spark.sql("SELECT 34 AS age, DATE'1991-02-03' AS born").write().parquet(path.toString());
    ConnectorException e =
        assertThrows(
            ConnectorException.class,
            () -> read(TestConnectors.open("citizens", "parquet", path, "")));
    assertTrue(
        e.getMessage()
            .contains(
                "the record's column(s) ['name'] are not in the files' schema, which has only"
                    + " ['age', 'born']"),
        e::getMessage);
  }
}
