package io.jsetl.connectors.file;

import static io.jsetl.connectors.Person.sorted;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jsetl.connectors.Person;
import io.jsetl.connectors.TestConnectors;
import io.jsetl.runtime.connect.Connector;
import io.jsetl.runtime.testkit.TestSpark;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each storage writes typed data and reads the same data back. */
class RoundTripTest {
  static final List<Person> PEOPLE =
      List.of(
          new Person("ann", 34, "Lyon"), new Person("bob", 17, "Oslo"), new Person("cy", 71, null));

  private final SparkSession spark = TestSpark.session();

  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"csv", "json", "parquet", "orc"})
  void aTypedWriteReadsBackTheSameRecords(String storage) {
    Connector connector = TestConnectors.open("people", storage, dir.resolve("people"), "");
    connector.write(spark.createDataset(PEOPLE, Person.ENCODER));

    Dataset<Person> read = connector.read(spark, Person.class, Person.ENCODER);

    assertEquals(Person.ENCODER.schema().fieldNames().length, read.columns().length);
    assertEquals(List.of(Person.ENCODER.schema().fieldNames()), List.of(read.columns()));
    assertEquals(PEOPLE, sorted(read));
  }

  @ParameterizedTest
  @ValueSource(strings = {"csv", "parquet"})
  void aPartitionedWriteReadsBackTheSameRecords(String storage) {
    Path path = dir.resolve("people");
    Connector connector = TestConnectors.open("people", storage, path, "partition-by = [city]");
    List<Person> people = PEOPLE.subList(0, 2);
    connector.write(spark.createDataset(people, Person.ENCODER));

    assertTrue(Files.isDirectory(path.resolve("city=Lyon")));
    assertEquals(people, sorted(connector.read(spark, Person.class, Person.ENCODER)));
  }

  @Test
  void textHoldsOneStringPerLine() {
    Path path = dir.resolve("lines");
    Connector connector = TestConnectors.open("lines", "text", path, "");
    List<Line> lines = List.of(new Line("a,b"), new Line("  c  "), new Line(""));
    connector.write(spark.createDataset(lines, Line.ENCODER));

    Dataset<Line> read = connector.read(spark, Line.class, Line.ENCODER);

    assertEquals(List.of("text"), List.of(read.columns()));
    assertEquals(
        lines.stream().map(Line::getText).sorted().toList(),
        read.collectAsList().stream().map(Line::getText).sorted().toList());
  }

  @Test
  void untypedCsvColumnsAreStringsUnlessInferSchemaIsSet() throws Exception {
    Path file = dir.resolve("people.csv");
    Files.writeString(file, "name;age\nann;34\n");

    Dataset<Row> strings =
        TestConnectors.open("people", "csv", file, "delimiter = \";\"").readRows(spark);
    Dataset<Row> inferred =
        TestConnectors.open("people", "csv", file, "delimiter = \";\", infer-schema = true")
            .readRows(spark);

    assertEquals(DataTypes.StringType, strings.schema().apply("age").dataType());
    assertEquals(DataTypes.IntegerType, inferred.schema().apply("age").dataType());
    assertEquals(34, inferred.first().<Integer>getAs("age"));
  }

  @Test
  void sparkOptionsArePassedThrough() throws Exception {
    Path path = dir.resolve("people");
    Connector connector =
        TestConnectors.open("people", "csv", path, "options { sep = \"|\", nullValue = NA }");
    connector.write(spark.createDataset(PEOPLE, Person.ENCODER));

    String written;
    try (var files = Files.list(path)) {
      Path part =
          files
              .filter(f -> f.getFileName().toString().endsWith(".csv"))
              .filter(f -> f.toFile().length() > 0)
              .findFirst()
              .orElseThrow();
      written = Files.readString(part);
    }
    assertTrue(written.startsWith("age|city|name\n"), written);
    assertEquals(PEOPLE, sorted(connector.read(spark, Person.class, Person.ENCODER)));
  }
}
