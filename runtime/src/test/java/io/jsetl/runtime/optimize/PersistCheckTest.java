package io.jsetl.runtime.optimize;

import static io.jsetl.runtime.optimize.CountedRows.counted;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jsetl.runtime.testkit.TestSpark;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;
import org.junit.jupiter.api.Test;

/** The cost check on real plans; it never runs a Spark job. */
class PersistCheckTest {
  private final SparkSession spark = TestSpark.session();

  @Test
  void aComputedDatasetIsWorthPersistingAndItsSizeIsEstimated() {
    PersistCheck.Verdict v = PersistCheck.of(spark.range(0, 100, 1, 2).selectExpr("id * 2 AS doubled"));

    assertTrue(v.worthIt());
    assertEquals(800L, v.estimatedBytes(), "100 longs as the optimizer counts them");
  }

  @Test
  void aLocalRelationIsNotWorthPersisting() {
    Dataset<String> local = spark.createDataset(List.of("a", "b", "c"), Encoders.STRING()).filter("value <> 'b'");

    PersistCheck.Verdict v = PersistCheck.of(local);

    assertFalse(v.worthIt());
    assertEquals("a local relation: its rows are already in the driver, recomputing is cheaper", v.reason());
    assertNotNull(v.estimatedBytes());
  }

  @Test
  void aDatasetThatIsAlreadyCachedIsLeftAlone() {
    Dataset<Row> data = spark.range(0, 10, 1, 2).selectExpr("id + 7 AS shifted");
    data.persist(StorageLevel.MEMORY_ONLY());
    try {
      PersistCheck.Verdict v = PersistCheck.of(data.toDF());

      assertFalse(v.worthIt());
      assertEquals("already cached (" + StorageLevel.MEMORY_ONLY().description() + ")", v.reason());
    } finally {
      data.unpersist(true);
    }
  }

  @Test
  void aStreamingDatasetIsNotPersisted() {
    Dataset<Row> stream = spark.readStream().format("rate").load();

    PersistCheck.Verdict v = PersistCheck.of(stream);

    assertFalse(v.worthIt());
    assertEquals("a streaming Dataset cannot be persisted", v.reason());
  }

  /**
   * A Dataset freezes its cache-substituted plan the first time it is optimized: had the check
   * optimized the Dataset itself, the actions below, on that same object, would ignore the cache.
   */
  @Test
  void theCheckLeavesTheDatasetItselfFreeToUseTheCachePersistedAfterIt() {
    LongAccumulator computed = spark.sparkContext().longAccumulator("check");
    Dataset<Long> data = counted(spark, 100, computed);

    assertTrue(PersistCheck.of(data).worthIt());
    data.persist(StorageLevel.MEMORY_AND_DISK());
    try {
      data.collectAsList();
      data.collectAsList();

      assertEquals(100L, computed.value());
    } finally {
      data.unpersist(true);
    }
  }
}
