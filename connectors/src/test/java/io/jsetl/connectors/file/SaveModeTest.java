package io.jsetl.connectors.file;

import static io.jsetl.connectors.Person.sorted;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.jsetl.connectors.ConnectorException;
import io.jsetl.connectors.Person;
import io.jsetl.connectors.TestConnectors;
import io.jsetl.runtime.connect.Connector;
import io.jsetl.runtime.testkit.TestSpark;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code mode} decides what a write does to data already at the path. */
class SaveModeTest {
  private static final Person ANN = new Person("ann", 34, "Lyon");
  private static final Person BOB = new Person("bob", 17, "Oslo");

  private final SparkSession spark = TestSpark.session();

  @TempDir Path dir;
  private Path path;

  @BeforeEach
  void writeAnn() {
    path = dir.resolve("people");
    TestConnectors.open("people", "parquet", path, "").write(people(ANN));
  }

  private Dataset<Person> people(Person... people) {
    return spark.createDataset(List.of(people), Person.ENCODER);
  }

  private List<Person> written() {
    return sorted(
        TestConnectors.open("people", "parquet", path, "")
            .read(spark, Person.class, Person.ENCODER));
  }

  @Test
  void byDefaultAnExistingPathIsAnErrorThatSaysWhichModeToSet() {
    Connector connector = TestConnectors.open("city_stats", "parquet", path, "");
    ConnectorException e =
        assertThrows(ConnectorException.class, () -> connector.write(people(BOB)));
    assertEquals("city_stats", e.connector());
    assertEquals(
        "connector 'city_stats' (parquet at "
            + path
            + ") cannot be written: the path already exists and mode is 'error'. Set"
            + " jsetl.connectors.city_stats.mode = overwrite to replace it, or append to add to"
            + " it.",
        e.getMessage());
    assertEquals(List.of(ANN), written());
  }

  @Test
  void overwriteReplaces() {
    TestConnectors.open("people", "parquet", path, "mode = overwrite").write(people(BOB));
    assertEquals(List.of(BOB), written());
  }

  @Test
  void appendAdds() {
    TestConnectors.open("people", "parquet", path, "mode = append").write(people(BOB));
    assertEquals(List.of(ANN, BOB), written());
  }

  @Test
  void ignoreKeepsWhatIsThere() {
    TestConnectors.open("people", "parquet", path, "mode = ignore").write(people(BOB));
    assertEquals(List.of(ANN), written());
  }

  @Test
  void partitioningByAColumnTheDataLacksNamesTheColumns() {
    Connector connector =
        TestConnectors.open("people", "json", dir.resolve("other"), "partition-by = [town]");
    ConnectorException e =
        assertThrows(ConnectorException.class, () -> connector.write(people(BOB)));
    assertEquals(
        "connector 'people' (json at "
            + dir.resolve("other")
            + ") cannot be written: partition-by"
            + " names ['town'], which the data does not have; its columns are ['age', 'city',"
            + " 'name']. Fix jsetl.connectors.people.partition-by.",
        e.getMessage());
  }
}
