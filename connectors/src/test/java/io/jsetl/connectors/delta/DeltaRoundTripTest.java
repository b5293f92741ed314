package io.jsetl.connectors.delta;

import static io.jsetl.connectors.Citizen.sorted;
import static org.apache.spark.sql.functions.lit;
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
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Typed and untyped reads and writes of Delta tables, by path and by catalog name. */
class DeltaRoundTripTest {
  private static final Citizen ANN = new Citizen("ann", 34, "Lyon", LocalDate.of(1991, 2, 3));
  private static final Citizen BOB = new Citizen("bob", 17, null, LocalDate.of(2008, 12, 31));
  private static final Citizen CY = new Citizen("cy", 71, "Oslo", LocalDate.of(1954, 6, 7));

  private final SparkSession spark = TestSpark.session();

  @TempDir Path dir;

  private Path out() {
    return dir.resolve("citizens");
  }

  private Connector connector(String keys) {
    return TestConnectors.open("citizens", "delta", out(), keys);
  }

  private Dataset<Citizen> citizens(Citizen... citizens) {
    return spark.createDataset(List.of(citizens), Citizen.ENCODER);
  }

  private List<Citizen> read() {
    return sorted(connector("").read(spark, Citizen.class, Citizen.ENCODER));
  }

  @Test
  void aTypedWriteReadsBackTheSameRecordsInTheRecordsColumnOrder() {
    connector("").write(citizens(ANN, BOB));

    Dataset<Citizen> read = connector("").read(spark, Citizen.class, Citizen.ENCODER);

    assertEquals(List.of(Citizen.ENCODER.schema().fieldNames()), List.of(read.columns()));
    assertEquals(List.of(ANN, BOB), sorted(read));
  }

  @Test
  void columnsAreMatchedByNameNotPosition() {
    spark
        .createDataset(List.of(ANN), Citizen.ENCODER)
        .select("born", "city", "age", "name")
        .write()
        .format("delta")
        .save(out().toString());

    assertEquals(List.of(ANN), read());
  }

  @Test
  void eachModeDoesWhatItSays() {
    connector("").write(citizens(ANN));

    connector("mode = append").write(citizens(BOB));
    assertEquals(List.of(ANN, BOB), read());

    connector("mode = ignore").write(citizens(CY));
    assertEquals(List.of(ANN, BOB), read());

    connector("mode = overwrite").write(citizens(CY));
    assertEquals(List.of(CY), read());

    ConnectorException e =
        assertThrows(ConnectorException.class, () -> connector("").write(citizens(ANN)));
    assertEquals(
        "connector 'citizens' (delta at "
            + out()
            + ") cannot be written: the path already exists and mode is 'error'. Set"
            + " jsetl.connectors.citizens.mode = overwrite to replace it, or append to add to"
            + " it.",
        e.getMessage());
  }

  @Test
  void aPartitionedTableHasOneDirectoryPerValue() {
    connector("partition-by = [city]").write(citizens(ANN, CY));

    assertTrue(Files.isDirectory(out().resolve("city=Lyon")));
    assertEquals(List.of(ANN, CY), read());
  }

  @Test
  void newColumnsNeedMergeSchema() {
    connector("").write(citizens(ANN));
    Dataset<Row> withEmail = citizens(BOB).toDF().withColumn("email", lit("b@x.org"));

    ConnectorException e =
        assertThrows(ConnectorException.class, () -> connector("mode = append").write(withEmail));
    assertTrue(
        e.getMessage()
            .contains(
                "the data's columns differ from the table's (mode append). Set"
                    + " jsetl.connectors.citizens.merge-schema = true"),
        e::getMessage);

    connector("mode = append, merge-schema = true").write(withEmail);
    assertEquals(List.of(ANN, BOB), read());
    assertEquals(
        List.of("name", "age", "city", "born", "email"),
        List.of(connector("").readRows(spark).columns()));
  }

  @Test
  void optionsReachDeltaSuchAsTimeTravel() {
    connector("").write(citizens(ANN));
    connector("mode = overwrite").write(citizens(BOB));

    Dataset<Citizen> first =
        connector("options.versionAsOf = 0").read(spark, Citizen.class, Citizen.ENCODER);

    assertEquals(List.of(ANN), sorted(first));
  }

  @Test
  void aCatalogTableIsReadAndWrittenByName() {
    String table = "jsetl_citizens";
    try {
      Connector connector = TestConnectors.open("citizens", "storage = delta, table = " + table);
      connector.write(citizens(ANN, CY));

      assertEquals(List.of(ANN, CY), sorted(connector.read(spark, Citizen.class, Citizen.ENCODER)));
      assertEquals("delta", spark.sql("DESCRIBE DETAIL " + table).first().getAs("format"));
    } finally {
      spark.sql("DROP TABLE IF EXISTS " + table);
    }
  }
}
