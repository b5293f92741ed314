package io.jsetl.runtime.encoding;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jsetl.runtime.testkit.TestSpark;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.spark.api.java.function.FilterFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.api.java.function.MapGroupsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scala.Tuple2;

/** The encoder in the typed operations user code relies on. */
class TypedOperationsTest {
  private final SparkSession spark = TestSpark.session();
  private final List<Citizen> citizens = Citizen.samples();
  private final Dataset<Citizen> ds = spark.createDataset(citizens, Citizen_.ENCODER);

  @Test
  void filterThenMapWithTheEncoder() {
    List<Citizen> moved =
        ds.filter((FilterFunction<Citizen>) c -> c.age() >= 18)
            .map((MapFunction<Citizen, Citizen>) TypedOperationsTest::moveToRome, Citizen_.ENCODER)
            .collectAsList();

    assertEquals(
        citizens.stream().filter(c -> c.age() >= 18).map(TypedOperationsTest::moveToRome).toList(),
        moved);
  }

  @Test
  void columnFilterThenTypedMap() {
    List<String> adults =
        ds.filter(col("age").geq(18))
            .map((MapFunction<Citizen, String>) Citizen::name, Encoders.STRING())
            .collectAsList();

    assertEquals(List.of("Ada", "Cy", "Di"), adults);
  }

  @Test
  void groupByKeyThenMapGroupsIntoAnotherRecord() {
    List<CityStats> stats =
        ds.groupByKey((MapFunction<Citizen, String>) Citizen::city, Encoders.STRING())
            .mapGroups(
                (MapGroupsFunction<String, Citizen, CityStats>)
                    (city, members) -> {
                      List<Integer> ages = new ArrayList<>();
                      members.forEachRemaining(c -> ages.add(c.age()));
                      double mean = ages.stream().mapToInt(Integer::intValue).average().orElse(0);
                      return new CityStats(city, ages.size(), mean);
                    },
                CityStats_.ENCODER)
            .collectAsList();

    assertEquals(expectedStats(), sorted(stats));
  }

  @Test
  void groupByKeyOnARecordKey() {
    List<Tuple2<CityStats, Object>> counts =
        ds.groupByKey(
                (MapFunction<Citizen, CityStats>) c -> new CityStats(c.city(), 0, 0),
                CityStats_.ENCODER)
            .count()
            .collectAsList();

    assertEquals(
        List.of(
            new Tuple2<>(new CityStats("London", 0, 0), 2L),
            new Tuple2<>(new CityStats("Paris", 0, 0), 2L)),
        counts.stream().sorted(Comparator.comparing(t -> t._1().city())).toList());
  }

  /** The pipeline of DESIGN.md: an untyped aggregation read back with {@code as}. */
  @Test
  void untypedAggregationIsReadBackAsARecord() {
    List<CityStats> stats =
        ds.groupBy(col("city"))
            .agg(count("*").as("citizens"), avg(col("age")).as("meanAge"))
            .as(CityStats_.ENCODER)
            .collectAsList();

    assertEquals(expectedStats(), sorted(stats));
  }

  @Test
  void csvIsReadWithTheSchema(@TempDir Path dir) throws IOException {
    Path csv = dir.resolve("citizens.csv");
    Files.writeString(
        csv,
        "name,age,city,e_mail,status,balance\n"
            + "Ada,36,London,ada@example.org,ACTIVE,10.50\n"
            + "Bob,17,Paris,,ACTIVE,0\n");

    List<Citizen> read =
        spark
            .read()
            .schema(Citizen_.SCHEMA)
            .option("header", true)
            .csv(csv.toString())
            .as(Citizen_.ENCODER)
            .collectAsList();

    assertEquals(citizens.subList(0, 2), read);
  }

  private static Citizen moveToRome(Citizen c) {
    return new Citizen(c.name(), c.age(), "Rome", c.email(), Citizen.Status.MOVED, c.balance());
  }

  private static List<CityStats> expectedStats() {
    return List.of(new CityStats("London", 2, 44.0), new CityStats("Paris", 2, 17.5));
  }

  private static List<CityStats> sorted(List<CityStats> stats) {
    return stats.stream().sorted(Comparator.comparing(CityStats::city)).toList();
  }
}
