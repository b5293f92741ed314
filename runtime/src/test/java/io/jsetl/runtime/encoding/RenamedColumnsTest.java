package io.jsetl.runtime.encoding;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jsetl.runtime.testkit.TestSpark;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.api.java.function.ReduceFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scala.Tuple2;

/**
 * {@code @Column("e_mail") String email}: the column is {@code e_mail} in Spark and the value comes
 * from {@code email()}. Spark's product encoder alone cannot do this (it calls a method named like
 * the column), so these tests cover every path where Spark builds or rebuilds the encoder.
 */
class RenamedColumnsTest {
  private final SparkSession spark = TestSpark.session();
  private final List<Citizen> citizens = Citizen.samples();

  @Test
  void aRenamedComponentIsStoredUnderItsColumnName() {
    Dataset<Citizen> ds = spark.createDataset(citizens, Citizen_.ENCODER);

    assertArrayEquals(
        new String[] {"name", "age", "city", "e_mail", "status", "balance"}, ds.columns());
    assertEquals(
        citizens.stream().map(Citizen::email).toList(),
        ds.select("e_mail").as(Encoders.STRING()).collectAsList());
  }

  @Test
  void parquetColumnsNamedLikeTheColumnAreReadIntoTheComponent(@TempDir Path dir) {
    String path = dir.resolve("citizens").toString();

    spark.createDataset(citizens, Citizen_.ENCODER).write().parquet(path);
    Dataset<Row> raw = spark.read().parquet(path);

    assertEquals(List.of(raw.columns()), List.of(Citizen_.SCHEMA.fieldNames()));
    assertEquals(Set.copyOf(citizens), Set.copyOf(raw.as(Citizen_.ENCODER).collectAsList()));
  }

  @Test
  void columnsAreMatchedByNameNotByPosition() {
    Dataset<Row> reordered =
        spark
            .createDataset(citizens, Citizen_.ENCODER)
            .select("balance", "e_mail", "status", "city", "age", "name")
            .withColumn("unrelated", lit(1));

    assertEquals(citizens, reordered.as(Citizen_.ENCODER).collectAsList());
  }

  @Test
  void tupleEncodersBuiltBySparkKeepTheColumnName() {
    Encoder<Tuple2<Citizen, Integer>> pairs = Encoders.tuple(Citizen_.ENCODER, Encoders.INT());
    List<Tuple2<Citizen, Integer>> input =
        citizens.stream().map(c -> new Tuple2<>(c, c.age())).toList();

    Dataset<Tuple2<Citizen, Integer>> ds = spark.createDataset(input, pairs);

    assertEquals(Citizen_.SCHEMA, ((StructType) ds.schema().apply("_1").dataType()));
    assertEquals(input, ds.collectAsList());
  }

  @Test
  void joinWithReturnsBothRecords() {
    Dataset<Citizen> ds = spark.createDataset(citizens, Citizen_.ENCODER);

    List<Tuple2<Citizen, Citizen>> joined =
        ds.as("l")
            .joinWith(ds.as("r"), col("l.e_mail").equalTo(col("r.e_mail")))
            .collectAsList();

    List<Citizen> withEmail = citizens.stream().filter(c -> c.email() != null).toList();
    assertEquals(Set.copyOf(withEmail), Set.copyOf(joined.stream().map(Tuple2::_1).toList()));
    joined.forEach(pair -> assertEquals(pair._1(), pair._2()));
  }

  /** {@code reduceGroups} keeps its running value in a tuple encoder that Spark rebuilds. */
  @Test
  void reduceGroupsEncodesItsBufferOfRecords() {
    List<Tuple2<String, Citizen>> oldestByCity =
        spark
            .createDataset(citizens, Citizen_.ENCODER)
            .groupByKey((MapFunction<Citizen, String>) Citizen::city, Encoders.STRING())
            .reduceGroups((ReduceFunction<Citizen>) (a, b) -> a.age() >= b.age() ? a : b)
            .collectAsList();

    assertEquals(
        List.of(new Tuple2<>("London", citizens.get(2)), new Tuple2<>("Paris", citizens.get(3))),
        oldestByCity.stream().sorted(Comparator.comparing(Tuple2::_1)).toList());
  }
}
