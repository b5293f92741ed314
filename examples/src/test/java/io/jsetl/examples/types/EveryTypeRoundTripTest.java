package io.jsetl.examples.types;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jsetl.runtime.testkit.TestSpark;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated {@code EveryType_.ENCODER} (from the real processor, through
 * annotationProcessorPaths) round-trips every supported type, nulls and extremes included, in memory
 * and through Parquet.
 */
class EveryTypeRoundTripTest {
  @TempDir Path dir;

  static List<EveryType> samples() {
    List<EveryType> out = new ArrayList<>();
    out.add(
        new EveryType(
            true, Byte.MIN_VALUE, Short.MAX_VALUE, Integer.MIN_VALUE, Long.MAX_VALUE,
            Float.MIN_VALUE, -Double.MAX_VALUE,
            null, null, null, null, null, null, null,
            "", null,
            new BigDecimal("123456789.123"), null,
            LocalDate.of(1900, 1, 1), Instant.parse("1970-01-01T00:00:00.000001Z"),
            LocalDateTime.of(2100, 12, 31, 23, 59, 59, 999_999_000),
            new byte[0], List.of(), Arrays.asList(1, null, 3), Set.of(), Map.of(),
            Level.LOW, null,
            new Address("Main St", null), null, List.of(), Map.of(),
            "r0"));
    out.add(
        new EveryType(
            false, (byte) 7, (short) -3, 42, -1L, 1.5f, Math.PI,
            Boolean.TRUE, (byte) 1, (short) 2, 3, 4L, 5.5f, 6.25,
            "héllo, wörld \u00e9\u4e16", "x",
            new BigDecimal("-0.001"), new BigDecimal("1.000000000000000001"),
            LocalDate.of(2024, 2, 29), Instant.parse("2262-04-11T23:47:16.854775Z"),
            LocalDateTime.of(1970, 1, 1, 0, 0),
            new byte[] {0, -1, 127}, List.of("a", "b"), List.of(), Set.of(1L, 2L, 3L),
            Map.of("w", 0.5, "v", -1.0),
            Level.HIGH, Level.MEDIUM,
            new Address("Rue", 75001), new Address("Office", 1),
            List.of(new Address("Old", null), new Address("Older", 2)),
            Map.of("Paris", List.of(new Address("Rue", 75001)), "Oslo", List.of()),
            "r1"));
    return out;
  }

  @Test
  void schemaHasTheDeclaredTypesAndNullability() {
    StructType s = EveryType_.SCHEMA;
    assertEquals(DataTypes.IntegerType, s.apply("count").dataType());
    assertEquals(false, s.apply("count").nullable());
    assertEquals(true, s.apply("maybeCount").nullable());
    assertEquals(new DecimalType(12, 3), s.apply("amount").dataType());
    assertEquals(new DecimalType(38, 18), s.apply("defaultDecimal").dataType());
    assertEquals(DataTypes.DateType, s.apply("day").dataType());
    assertEquals(DataTypes.TimestampType, s.apply("at").dataType());
    assertEquals(DataTypes.TimestampNTZType, s.apply("local").dataType());
    assertEquals(DataTypes.BinaryType, s.apply("bytes").dataType());
    assertEquals(DataTypes.StringType, s.apply("level").dataType());
    assertEquals(
        DataTypes.createArrayType(DataTypes.IntegerType, true), s.apply("sparse").dataType());
    assertEquals("renamed_column", s.fieldNames()[s.fieldNames().length - 1]);
    assertEquals(EveryType.class.getRecordComponents().length, s.fields().length);
  }

  @Test
  void roundTripsInMemoryAndThroughParquet() {
    SparkSession spark = TestSpark.session();
    List<EveryType> in = samples();
    Dataset<EveryType> ds = spark.createDataset(in, EveryType_.ENCODER);
    assertSame(in, ds.collectAsList());

    String path = dir.resolve("every").toString();
    ds.write().parquet(path);
    List<EveryType> back =
        spark.read().schema(EveryType_.SCHEMA).parquet(path).as(EveryType_.ENCODER)
            .orderBy(EveryType_.renamed.col()).collectAsList();
    assertSame(in, back);
  }

  /** Records compare arrays by identity, so byte[] is compared apart. */
  private static void assertSame(List<EveryType> expected, List<EveryType> actual) {
    assertEquals(expected.size(), actual.size());
    for (int i = 0; i < expected.size(); i++) {
      EveryType e = expected.get(i);
      EveryType a = actual.get(i);
      assertArrayEquals(e.bytes(), a.bytes());
      EveryType aWithSameBytes =
          new EveryType(
              a.flag(), a.tiny(), a.small(), a.count(), a.big(), a.ratio(), a.score(),
              a.maybeFlag(), a.maybeTiny(), a.maybeSmall(), a.maybeCount(), a.maybeBig(),
              a.maybeRatio(), a.maybeScore(), a.text(), a.maybeText(),
              a.amount(), a.defaultDecimal(), a.day(), a.at(), a.local(),
              e.bytes(), a.tags(), a.sparse(), a.ids(), a.weights(), a.level(), a.maybeLevel(),
              a.home(), a.work(), a.previous(), a.byCity(), a.renamed());
      // BigDecimal equality includes the scale: Spark returns the column's scale.
      assertEquals(e.amount().setScale(3), a.amount());
      EveryType eScaled =
          new EveryType(
              e.flag(), e.tiny(), e.small(), e.count(), e.big(), e.ratio(), e.score(),
              e.maybeFlag(), e.maybeTiny(), e.maybeSmall(), e.maybeCount(), e.maybeBig(),
              e.maybeRatio(), e.maybeScore(), e.text(), e.maybeText(),
              e.amount().setScale(3),
              e.defaultDecimal() == null ? null : e.defaultDecimal().setScale(18),
              e.day(), e.at(), e.local(),
              e.bytes(), e.tags(), e.sparse(), e.ids(), e.weights(), e.level(), e.maybeLevel(),
              e.home(), e.work(), e.previous(), e.byCity(), e.renamed());
      assertEquals(eScaled, aWithSameBytes);
    }
  }
}
