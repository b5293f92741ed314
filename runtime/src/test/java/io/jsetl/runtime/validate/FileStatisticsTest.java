package io.jsetl.runtime.validate;

import static io.jsetl.runtime.validate.StatisticsProof.Outcome.HOLDS;
import static io.jsetl.runtime.validate.StatisticsProof.Outcome.HOLDS_UNLESS_NAN;
import static io.jsetl.runtime.validate.StatisticsProof.Outcome.UNKNOWN;
import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.jsetl.dsl.Rule;
import io.jsetl.runtime.testkit.TestSpark;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Footer statistics of real Parquet files, what they prove, and which plans they may speak for. */
class FileStatisticsTest {
  private static final StructType SCHEMA =
      new StructType()
          .add("id", DataTypes.LongType, false)
          .add("price", DataTypes.DoubleType, true)
          .add("flag", DataTypes.StringType, true)
          .add("day", DataTypes.DateType, true)
          .add("note", DataTypes.StringType, true);

  @TempDir static Path dir;
  private static String clean;
  private static String dirty;
  private static final SparkSession SPARK = TestSpark.session();

  /**
   * 1,000 rows per file, so that Parquet keeps its dictionaries (on a handful of rows plain encoding
   * is smaller, and the writer falls back to it).
   */
  @BeforeAll
  static void write() {
    clean = dir.resolve("clean").toString();
    dirty = dir.resolve("dirty").toString();
    items(
            "IF(id % 2 = 0, 'A', 'N')",
            "(id % 11) / 100.0",
            "IF(id = 3, NULL, concat('note ', id % 7))")
        .write()
        .parquet(clean);
    items(
            "CASE WHEN id = 10 THEN 'Z' WHEN id = 20 THEN NULL ELSE 'A' END",
            "IF(id = 500, double('NaN'), 0.02 + (id % 4) / 100.0)",
            "'x'")
        .write()
        .parquet(dirty);
  }

  private static Dataset<Row> items(String flag, String price, String note) {
    return SPARK
        .range(0, 1000, 1, 1)
        .selectExpr(
            "id",
            "double(" + price + ") AS price",
            flag + " AS flag",
            "date_add(DATE'1995-01-01', int(id)) AS day",
            note + " AS note");
  }

  private static Dataset<Row> read(String path) {
    return SPARK.read().schema(SCHEMA).parquet(path);
  }

  private static FileStatistics statistics(Dataset<?> data) {
    return FileStatistics.of(data, 10, Set.of("flag", "note"));
  }

  @Test
  void footersGiveNullCountsRangesAndDictionaryValues() {
    FileStatistics s = statistics(read(clean));
    assertEquals(1, s.files());
    FileStatistics.Summary price = s.column("price");
    assertNotNull(price);
    assertEquals(0, price.nulls());
    assertEquals(0.0, (Double) price.min(), 0.0, "Parquet writes a zero minimum as -0.0");
    assertEquals(0.10, price.max());
    assertEquals(java.time.LocalDate.parse("1995-01-01"), s.column("day").min());
    assertEquals(java.time.LocalDate.parse("1997-09-26"), s.column("day").max());
    assertEquals(Set.of("A", "N"), s.column("flag").values());
    assertEquals(1, s.column("note").nulls());
  }

  @Test
  void rulesProvenOrNotFromCleanFiles() {
    FileStatistics s = statistics(read(clean));
    assertEquals(HOLDS, StatisticsProof.of(new Rule.NotNull("flag"), s));
    assertEquals(UNKNOWN, StatisticsProof.of(new Rule.NotNull("note"), s), "a null in the file");
    assertEquals(HOLDS_UNLESS_NAN, StatisticsProof.of(new Rule.NumberRange("price", 0, 0.1), s));
    assertEquals(HOLDS, StatisticsProof.of(new Rule.NumberRange("price", 0, Double.POSITIVE_INFINITY), s),
        "NaN passes a lower bound");
    assertEquals(UNKNOWN, StatisticsProof.of(new Rule.NumberRange("price", 0, 0.1, true, false), s));
    assertEquals(HOLDS, StatisticsProof.of(new Rule.TemporalRange("day", "1992-01-01", "1998-12-31"), s));
    assertEquals(UNKNOWN, StatisticsProof.of(new Rule.TemporalRange("day", "1996-01-01", ""), s));
    assertEquals(HOLDS, StatisticsProof.of(new Rule.Pattern("note", "^note [0-6]$"), s));
    assertEquals(HOLDS, StatisticsProof.of(new Rule.OneOf("flag", List.of("A", "N", "R")), s));
    assertEquals(UNKNOWN, StatisticsProof.of(new Rule.OneOf("flag", List.of("A")), s));
    assertEquals(HOLDS, StatisticsProof.of(new Rule.Length("flag", 1, 1), s));
    assertEquals(UNKNOWN, StatisticsProof.of(new Rule.Email("id"), s), "not a text column");
  }

  @Test
  void nanAndStrayValuesAreNotProvenAway() {
    FileStatistics s = statistics(read(dirty));
    // Parquet (1.16) drops a float column chunk's min/max when it holds a NaN; older writers left
    // NaN out of them, which is why a range with an upper bound still checks isnan per row.
    assertNull(s.column("price").max());
    assertEquals(UNKNOWN, StatisticsProof.of(new Rule.NumberRange("price", 0, 0.1), s));
    assertEquals(UNKNOWN, StatisticsProof.of(new Rule.OneOf("flag", List.of("A", "N")), s));
    assertEquals(UNKNOWN, StatisticsProof.of(new Rule.NotNull("flag"), s));
  }

  @Test
  void bothDirectoriesTogetherMergeTheirFiles() {
    FileStatistics s = FileStatistics.of(SPARK.read().schema(SCHEMA).parquet(clean, dirty), 10, Set.of("flag"));
    assertEquals(2, s.files());
    assertEquals(Set.of("A", "N", "Z"), s.column("flag").values());
    assertNull(s.column("price").min(), "the NaN file has no range");
    assertEquals(1, s.column("flag").nulls());
  }

  @Test
  void selectedRenamedAndFilteredRowsKeepTheClaimsComputedColumnsHaveNone() {
    Dataset<Row> shaped =
        read(clean)
            .filter(col("id").gt(1))
            .select(col("price").as("cost"), col("flag"), col("price").plus(1).as("more"))
            .orderBy("cost")
            .limit(10);
    FileStatistics s = statistics(shaped);
    assertEquals(0.10, s.column("cost").max());
    assertEquals(Set.of("A", "N"), s.column("flag").values());
    assertNull(s.column("more"));
    assertNull(s.column("price"), "renamed away");
  }

  @Test
  void otherPlansFilesBeyondTheLimitAndTheSettingOffClaimNothing() {
    Dataset<Row> data = read(clean);
    assertSame(FileStatistics.NONE, statistics(data.groupBy("flag").count()));
    assertSame(FileStatistics.NONE, statistics(data.join(data.select(col("id").as("other")))));
    assertSame(
        FileStatistics.NONE,
        statistics(SPARK.createDataFrame(List.of(RowFactory.create(1L, 0.1, "A", null, "n")), SCHEMA)));
    assertSame(FileStatistics.NONE, statistics(data.toJSON()));
    assertSame(FileStatistics.NONE, FileStatistics.of(data, 0, Set.of()));
    assertSame(
        FileStatistics.NONE,
        FileStatistics.of(SPARK.read().schema(SCHEMA).parquet(clean, dirty), 1, Set.of()));
  }

  @Test
  void aColumnMissingFromOneFileIsNotClaimed() {
    String narrow = dir.resolve("narrow").toString();
    items("'A'", "0.01", "'n'").select("id", "flag").write().parquet(narrow);
    FileStatistics s = statistics(SPARK.read().schema(SCHEMA).parquet(clean, narrow));
    assertNull(s.column("price"), "Spark reads nulls where a file has no such column");
    assertEquals(Set.of("A", "N"), s.column("flag").values());
  }
}
