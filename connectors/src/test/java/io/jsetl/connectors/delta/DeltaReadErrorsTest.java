package io.jsetl.connectors.delta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.jsetl.connectors.Citizen;
import io.jsetl.connectors.ConnectorException;
import io.jsetl.connectors.TestConnectors;
import io.jsetl.runtime.connect.Connector;
import io.jsetl.runtime.testkit.TestSpark;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A typed read checks the record against the table's schema before reading, and every failure names
 * the connector and the table.
 */
class DeltaReadErrorsTest {
  private final SparkSession spark = TestSpark.session();

  @TempDir Path dir;

  private Path table() {
    return dir.resolve("citizens");
  }

  private void writeTable(String select) {
    spark.sql(select).write().format("delta").save(table().toString());
  }

  private Connector connector() {
    return TestConnectors.open("citizens", "delta", table(), "");
  }

  private ConnectorException readFails(Connector connector) {
    return assertThrows(
        ConnectorException.class, () -> connector.read(spark, Citizen.class, Citizen.ENCODER));
  }

  @Test
  void aColumnTheTableLacksNamesTheConnectorTheTableAndTheColumn() {
    writeTable("SELECT 'ann' AS name, 34 AS age, 'Lyon' AS city");

    ConnectorException e = readFails(connector());

    assertEquals("citizens", e.connector());
    assertEquals(
        "connector 'citizens' (delta at "
            + table()
            + "): the record's column(s) ['born'] are not in the table, which has only ['name',"
            + " 'age', 'city']. Add the columns to the table (write them with merge-schema ="
            + " true), or mark the components @Nullable so that they read as null.",
        e.getMessage());
  }

  @Test
  void aNullableColumnTheTableLacksReadsAsNull() {
    writeTable("SELECT 'ann' AS name, 34 AS age, DATE'1991-02-03' AS born");

    Citizen ann = connector().read(spark, Citizen.class, Citizen.ENCODER).first();

    assertEquals(new Citizen("ann", 34, null, LocalDate.of(1991, 2, 3)), ann);
    assertNull(ann.city());
  }

  @Test
  void aColumnOfAnotherTypeNamesBothTypes() {
    writeTable(
        "SELECT 'ann' AS name, '34' AS age, 'Lyon' AS city, TIMESTAMP'1991-02-03 00:00:00' AS"
            + " born");

    ConnectorException e = readFails(connector());

    assertEquals(
        "connector 'citizens' (delta at "
            + table()
            + "): 'age' is string in the table but int in the record; 'born' is timestamp in the"
            + " table but date in the record. A column reads into a record component of the same"
            + " type or a wider one (int into long, float into double). Change the component's"
            + " type, or convert the stored column.",
        e.getMessage());
  }

  @Test
  void aNarrowerStoredTypeReads() {
    writeTable(
        "SELECT 'ann' AS name, CAST(34 AS SMALLINT) AS age, 'Lyon' AS city,"
            + " DATE'1991-02-03' AS born");

    assertEquals(
        new Citizen("ann", 34, "Lyon", LocalDate.of(1991, 2, 3)),
        connector().read(spark, Citizen.class, Citizen.ENCODER).first());
  }

  @Test
  void aDirectoryWithoutADeltaLogSaysSo() {
    spark.sql("SELECT 1 AS id").write().parquet(table().toString());

    assertEquals(
        "connector 'citizens' (delta at "
            + table()
            + ") cannot be read: there is no Delta table there (no _delta_log with a commit)."
            + " Point jsetl.connectors.citizens.path at a Delta table, or write one there first.",
        readFails(connector()).getMessage());
  }

  @Test
  void aPathThatDoesNotExistSaysWhichKeyToFix() {
    assertEquals(
        "connector 'citizens' (delta at "
            + table()
            + ") cannot be read: the path does not exist. Set jsetl.connectors.citizens.path to an"
            + " existing file or directory (a relative path is resolved against the working"
            + " directory).",
        readFails(connector()).getMessage());
  }

  @Test
  void aCatalogTableThatDoesNotExistSaysWhichKeyToFix() {
    Connector connector = TestConnectors.open("citizens", "storage = delta, table = jsetl_nope");

    assertEquals(
        "connector 'citizens' (delta at table jsetl_nope) cannot be read: the table does not"
            + " exist. Check jsetl.connectors.citizens.table (qualify it as schema.table if it is"
            + " not in the current schema), or write it first.",
        readFails(connector).getMessage());
  }
}
