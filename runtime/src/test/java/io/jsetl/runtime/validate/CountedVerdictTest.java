package io.jsetl.runtime.validate;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jsetl.runtime.testkit.TestSpark;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.LongAccumulator;
import org.junit.jupiter.api.Test;

/** The counting verdict and the per-query counts, on the shared session. */
class CountedVerdictTest {
  private final SparkSession spark = TestSpark.session();

  private record Counter(LongAccumulator rows, LongAccumulator breaking, CompletableFuture<CountedExecutions.Counts> counts) {}

  private Counter counter(String name) {
    LongAccumulator rows = spark.sparkContext().longAccumulator(name + " rows");
    LongAccumulator breaking = spark.sparkContext().longAccumulator(name + " breaking");
    return new Counter(rows, breaking, CountedExecutions.of(spark.sparkContext()).watch(rows, breaking));
  }

  private static Column verdict(Column valid, boolean keepAll, Counter c) {
    return CountedVerdict.of(valid, keepAll, c.rows(), c.breaking());
  }

  private static CountedExecutions.Counts counts(Counter c) throws Exception {
    return c.counts().get(30, TimeUnit.SECONDS);
  }

  @Test
  void filtersAndCountsInTheJobThatReadsTheData() throws Exception {
    Counter c = counter("drop");
    Dataset<Row> kept = spark.range(0, 100, 1, 4).toDF().filter(verdict(col("id").lt(90), false, c));
    spark.conf().set("spark.sql.codegen.fallback", "false"); // the generated code must compile
    try {
      assertEquals(90, kept.count());
    } finally {
      spark.conf().unset("spark.sql.codegen.fallback");
    }
    assertEquals(new CountedExecutions.Counts(100, 10), counts(c));
  }

  @Test
  void keepsEveryRowWhenAskedAndCountsOnlyTheFirstQuery() throws Exception {
    Counter c = counter("report");
    Dataset<Row> all = spark.range(0, 100, 1, 4).toDF().filter(verdict(col("id").lt(90), true, c));
    assertEquals(100, all.count());
    assertEquals(100, all.collectAsList().size());
    assertEquals(new CountedExecutions.Counts(100, 10), counts(c));
    assertEquals(200, c.rows().value(), "the accumulator alone sums both queries");
  }

  @Test
  void aNullVerdictBreaksAndEmptyDataStillReports() throws Exception {
    Counter nulls = counter("nulls");
    Dataset<Row> data = spark.range(0, 10, 1, 2).toDF().selectExpr("IF(id < 3, NULL, id > 0) AS ok");
    assertEquals(7, data.filter(verdict(col("ok"), false, nulls)).count());
    assertEquals(new CountedExecutions.Counts(10, 3), counts(nulls));

    Counter empty = counter("empty");
    assertEquals(0, spark.range(0, 0, 1, 2).toDF().filter(verdict(col("id").lt(1), false, empty)).count());
    assertEquals(new CountedExecutions.Counts(0, 0), counts(empty));
  }

  @Test
  void aFailedQueryDoesNotCountAndTheNextOneDoes() throws Exception {
    Counter c = counter("failed");
    Dataset<Row> data =
        spark.range(0, 20, 1, 2).toDF().filter(verdict(col("id").lt(15), true, c));
    Dataset<Row> failing = data.selectExpr("IF(id = 19, raise_error('boom'), id) AS id");
    assertThrows(failing::collectAsList);
    assertFalse(c.counts().isDone());
    assertEquals(20, data.count());
    assertEquals(new CountedExecutions.Counts(20, 5), counts(c));
  }

  @Test
  void staysInGeneratedCodeAndIsNotPushedIntoTheScan() {
    Counter c = counter("plan");
    Dataset<Row> data = spark.range(0, 10).toDF().filter(verdict(col("id").lt(5), false, c));
    String plan = data.queryExecution().executedPlan().toString();
    assertTrue(plan.contains("jsetl_counted_verdict"), plan);
    assertTrue(plan.contains("*("), "whole-stage code generation: " + plan);
  }

  @Test
  void countsTheSameWithoutGeneratedCode() throws Exception {
    spark.conf().set("spark.sql.codegen.wholeStage", "false");
    spark.conf().set("spark.sql.codegen.factoryMode", "NO_CODEGEN");
    try {
      Counter c = counter("interpreted");
      Dataset<Row> kept = spark.range(0, 50, 1, 3).toDF().filter(verdict(col("id").geq(10), false, c));
      assertEquals(40, kept.count());
      assertEquals(new CountedExecutions.Counts(50, 10), counts(c));
    } finally {
      spark.conf().unset("spark.sql.codegen.wholeStage");
      spark.conf().unset("spark.sql.codegen.factoryMode");
    }
  }

  private static void assertThrows(org.junit.jupiter.api.function.Executable e) {
    org.junit.jupiter.api.Assertions.assertThrows(Exception.class, e);
  }
}
