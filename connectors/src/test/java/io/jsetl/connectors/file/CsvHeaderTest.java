package io.jsetl.connectors.file;

import static io.jsetl.connectors.Person.sorted;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jsetl.connectors.ConnectorException;
import io.jsetl.connectors.Person;
import io.jsetl.connectors.TestConnectors;
import io.jsetl.runtime.connect.Connector;
import io.jsetl.runtime.testkit.TestSpark;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * CSV columns are matched to the record by header name. (Spark's default applies a schema by
 * position and ignores the header, which silently mis-assigns columns in another order.)
 */
class CsvHeaderTest {
  private final SparkSession spark = TestSpark.session();

  @TempDir Path dir;

  private Path csv(String name, String content) throws Exception {
    return Files.writeString(dir.resolve(name), content);
  }

  private List<Person> read(Path path, String extra) {
    return sorted(
        TestConnectors.open("citizens_csv", "csv", path, extra)
            .read(spark, Person.class, Person.ENCODER));
  }

  @Test
  void columnsInAnotherOrderThanTheRecordAreMatchedByName() throws Exception {
    Path file = csv("citizens.csv", "name,city,age\nann,Lyon,34\nbob,Oslo,17\n");
    assertEquals(
        List.of(new Person("ann", 34, "Lyon"), new Person("bob", 17, "Oslo")), read(file, ""));
  }

  @Test
  void headerNamesIgnoreCaseAsSparkDoes() throws Exception {
    Path file = csv("citizens.csv", "NAME,Age,City\nann,34,Lyon\n");
    assertEquals(List.of(new Person("ann", 34, "Lyon")), read(file, ""));
  }

  @Test
  void columnsTheRecordDoesNotHaveAreIgnored() throws Exception {
    Path file = csv("citizens.csv", "email,name,age,city\na@b.c,ann,34,Lyon\n");
    assertEquals(List.of(new Person("ann", 34, "Lyon")), read(file, ""));
  }

  @Test
  void aMissingColumnNamesTheConnectorTheFileAndTheColumn() throws Exception {
    Path file = csv("citizens.csv", "name,years,city\nann,34,Lyon\n");
    Connector connector = TestConnectors.open("citizens_csv", "csv", file, "");
    ConnectorException e =
        assertThrows(
            ConnectorException.class, () -> connector.read(spark, Person.class, Person.ENCODER));
    assertEquals("citizens_csv", e.connector());
    assertEquals(
        "connector 'citizens_csv' (csv at "
            + file
            + "): the record's column(s) ['age'] are not in"
            + " the header of "
            + file.toUri()
            + ", which has only ['name', 'years', 'city']. Columns are matched to the record by"
            + " name. Add the column to the file, or, if the file spells it differently, rename it"
            + " there or name the record component with @Column(\"...\"). To read columns by"
            + " position instead, set header = false.",
        e.getMessage());
  }

  @Test
  void withoutAHeaderColumnsAreTakenInTheRecordsOrder() throws Exception {
    // Person's columns, as Encoders.bean orders them: age, city, name.
    Path file = csv("citizens.csv", "34,Lyon,ann\n");
    assertEquals(List.of(new Person("ann", 34, "Lyon")), read(file, "header = false"));
  }

  @Test
  void aFileWhoseHeaderDiffersFromTheFirstFileFailsInsteadOfBeingMisRead() throws Exception {
    Files.createDirectories(dir.resolve("all"));
    Files.writeString(dir.resolve("all/a.csv"), "name,age,city\nann,34,Lyon\n");
    Files.writeString(dir.resolve("all/b.csv"), "name,city,age\nbob,Oslo,17\n");
    Connector connector = TestConnectors.open("citizens_csv", "csv", dir.resolve("all"), "");
    var people = connector.read(spark, Person.class, Person.ENCODER);

    Exception e = assertThrows(Exception.class, people::collectAsList);
    assertTrue(e.getMessage().contains("b.csv"), e::getMessage);
  }

  @Test
  void anEmptyFileHasNoHeader() throws Exception {
    Path file = csv("citizens.csv", "");
    Connector connector = TestConnectors.open("citizens_csv", "csv", file, "");
    ConnectorException e =
        assertThrows(
            ConnectorException.class, () -> connector.read(spark, Person.class, Person.ENCODER));
    assertTrue(e.getMessage().contains("has no header line"), e::getMessage);
  }
}
