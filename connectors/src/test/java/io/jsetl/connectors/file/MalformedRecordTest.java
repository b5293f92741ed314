package io.jsetl.connectors.file;

import static org.apache.spark.sql.functions.col;
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
import java.util.function.Function;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A malformed record fails a typed read by default (never nulled out or dropped silently), with an
 * error that names the connector, its path, the file and the record.
 */
class MalformedRecordTest {
  private static final String CSV = "name,age,city\nann,34,Lyon\nbob,abc,Oslo\n";
  private static final String JSON =
      "{\"name\":\"ann\",\"age\":34,\"city\":\"Lyon\"}\n{\"name\":\"bob\",\"age\":\"abc\"}\n";

  private final SparkSession spark = TestSpark.session();

  @TempDir Path dir;

  private Dataset<Person> read(String storage, String content, String extra) throws Exception {
    Path file = Files.writeString(dir.resolve("citizens." + storage), content);
    return TestConnectors.open("citizens", storage, file, extra)
        .read(spark, Person.class, Person.ENCODER);
  }

  private void assertFailsNamingTheRecord(
      String storage, String content, String record, Function<Dataset<Person>, ?> action)
      throws Exception {
    Dataset<Person> people = read(storage, content, "");
    Path file = dir.resolve("citizens." + storage);
    Exception e = assertThrows(Exception.class, () -> action.apply(people));
    String message = e.getMessage();
    assertTrue(
        message.contains(
            "connector 'citizens' ("
                + storage
                + " at "
                + file
                + "): malformed record in "
                + file.toUri()
                + ": '"
                + record
                + "'. A value does not parse as its column's type,"
                + " or the record has the wrong number of fields. Fix the file, or set"
                + " jsetl.connectors.citizens.options.mode = PERMISSIVE"),
        message);
  }

  @Test
  void aCsvValueOfTheWrongTypeFailsTheRead() throws Exception {
    assertFailsNamingTheRecord("csv", CSV, "bob,abc,Oslo", Dataset::collectAsList);
  }

  @Test
  void aCsvRecordWithTooFewFieldsFailsTheRead() throws Exception {
    assertFailsNamingTheRecord("csv", "name,age,city\nann,34\n", "ann,34", Dataset::collectAsList);
  }

  @Test
  void aJsonValueOfTheWrongTypeFailsTheRead() throws Exception {
    assertFailsNamingTheRecord(
        "json", JSON, "{\"name\":\"bob\",\"age\":\"abc\"}", Dataset::collectAsList);
  }

  /** Without the check, bob's age would read as null and the filter would drop him silently. */
  @Test
  void aFilterOnAMalformedColumnCannotSkipTheCheck() throws Exception {
    assertFailsNamingTheRecord(
        "csv", CSV, "bob,abc,Oslo", people -> people.filter(col("age").gt(18)).collectAsList());
    assertFailsNamingTheRecord(
        "json",
        JSON,
        "{\"name\":\"bob\",\"age\":\"abc\"}",
        people -> people.filter(col("age").gt(18)).count());
  }

  /**
   * As in Spark, a value is parsed only when a query uses its column, so a query that does not read
   * {@code age} reads bob correctly.
   */
  @Test
  void columnsAQueryDoesNotReadAreNotParsed() throws Exception {
    assertEquals(2, read("csv", CSV, "").select("name", "city").collectAsList().size());
  }

  @Test
  void permissiveModeReadsUnparseableValuesAsNull() throws Exception {
    Dataset<Person> people = read("csv", CSV, "options.mode = PERMISSIVE");
    assertEquals(2, people.count());
    assertEquals(1, people.filter(col("age").isNull()).count());
  }

  @Test
  void dropMalformedModeSkipsMalformedRecords() throws Exception {
    assertEquals(
        List.of(new Person("ann", 34, "Lyon")),
        read("json", JSON, "options.mode = DROPMALFORMED").collectAsList());
  }

  @Test
  void anUntypedJsonReadFailsFastWhileInferringItsSchema() throws Exception {
    Path file = Files.writeString(dir.resolve("broken.json"), "{\"name\":\"ann\"}\n{broken\n");
    Connector connector = TestConnectors.open("citizens", "json", file, "");
    ConnectorException e = assertThrows(ConnectorException.class, () -> connector.readRows(spark));
    assertTrue(
        e.getMessage()
            .startsWith(
                "connector 'citizens' (json at "
                    + file
                    + ") cannot be read: it failed: [MALFORMED_RECORD_IN_PARSING"),
        e::getMessage);
  }
}
