package io.jsetl.runtime.optimize;

import static io.jsetl.runtime.optimize.CountedRows.counted;
import static io.jsetl.runtime.testing.TestNodes.key;
import static io.jsetl.runtime.testing.TestNodes.node;
import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.typesafe.config.ConfigFactory;
import io.jsetl.runtime.NodeReport;
import io.jsetl.runtime.PipelineException;
import io.jsetl.runtime.RunReport;
import io.jsetl.runtime.schedule.PipelineEngine;
import io.jsetl.runtime.testing.MemoryTables;
import io.jsetl.runtime.testkit.TestSpark;
import io.jsetl.runtime.wiring.InputSpec;
import io.jsetl.runtime.wiring.Key;
import io.jsetl.runtime.wiring.NodeSpec;
import io.jsetl.runtime.wiring.PipelineSpec;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;
import org.junit.jupiter.api.Test;

/**
 * The engine persists a shared Dataset on the shared local session: Spark computes it once, and it
 * is unpersisted when the call that ran its consumers ends. "Computed" is counted by an
 * accumulator that the Dataset's own {@code map} increments once per row it computes.
 */
class CachingEngineTest {
  private static final long ROWS = 1_000;

  private final SparkSession spark = TestSpark.session();

  private static Key longs(String id) {
    return Key.of("org.apache.spark.sql.Dataset<java.lang.Long>", id);
  }

  private static InputSpec longsIn(String id) {
    return InputSpec.of(longs(id));
  }

  private static Dataset<Long> evens(Dataset<Long> all) {
    return all.filter(col("value").mod(2).equalTo(0));
  }

  /**
   * {@code S.shared}: {@code 0 .. ROWS-1}, counting into {@code computed} every row it computes,
   * and also put in {@code shared} so that the test can look at the Dataset's storage level.
   */
  private static NodeSpec sharedSource(AtomicReference<Dataset<Long>> shared, LongAccumulator computed) {
    return node("S.shared")
        .delivers(longs("shared"))
        .invoker(
            in -> {
              shared.set(counted(in.spark(), ROWS, computed));
              return shared.get();
            })
        .build();
  }

  /** {@code name} counts the Dataset {@code input} (an action) and delivers it as String {@code id}. */
  private static NodeSpec counter(String name, String id, String input) {
    return node(name)
        .delivers(key(id))
        .input(longsIn(input))
        .invoker(in -> String.valueOf(in.<Dataset<Long>>get(0).count()))
        .build();
  }

  private PipelineSpec.Builder pipeline(String name, String config) {
    return PipelineSpec.builder(name)
        .spark(spark)
        .config(ConfigFactory.parseString("jsetl.progress = false\n" + config));
  }

  /**
   * {@code S.shared} feeds {@code A.count} (an action in the factory) and {@code B.evens} (lazy,
   * but written to a memory sink, whose write is the action).
   */
  private PipelineSpec sharedByTwoActions(String cacheMode, LongAccumulator computed, String table) {
    return pipeline(
            "Shared",
            "jsetl.cache = " + cacheMode + "\n"
                + "jsetl.connectors.evens { storage = memory, table = " + table + " }")
        .nodes(
            List.of(
                node("S.shared").delivers(longs("shared")).invoker(in -> counted(in.spark(), ROWS, computed)).build(),
                counter("A.count", "count", "shared"),
                node("B.evens")
                    .delivers(longs("evens"))
                    .input(longsIn("shared"))
                    .invoker(in -> evens(in.get(0)))
                    .sink("evens")
                    .build()))
        .output(key("count"))
        .parallelism(2)
        .build();
  }

  @Test
  void aSharedDatasetIsComputedOnceWhenCached() {
    LongAccumulator computed = spark.sparkContext().longAccumulator("cached");
    PipelineEngine engine = PipelineEngine.create(sharedByTwoActions("auto", computed, "cache_on_evens"));

    RunReport report = engine.run();

    assertEquals(ROWS, computed.value());
    assertEquals(String.valueOf(ROWS), engine.output(key("count")));
    assertEquals(ROWS / 2, MemoryTables.get("cache_on_evens").count());
    NodeReport shared = report.node("S.shared").orElseThrow();
    assertTrue(shared.cached(), report::toString);
    assertEquals("persisted MEMORY_AND_DISK: feeds A.count, B.evens", shared.cache().reason());
    assertTrue(shared.cache().estimatedBytes() > 0, report::toJson);
    assertNull(report.node("B.evens").orElseThrow().cache(), "one consumer (its sink): not a candidate");
  }

  @Test
  void withCachingOffASharedDatasetIsComputedOncePerAction() {
    LongAccumulator computed = spark.sparkContext().longAccumulator("uncached");
    PipelineEngine engine = PipelineEngine.create(sharedByTwoActions("off", computed, "cache_off_evens"));

    RunReport report = engine.run();

    assertEquals(2 * ROWS, computed.value());
    assertEquals(ROWS / 2, MemoryTables.get("cache_off_evens").count());
    assertFalse(report.node("S.shared").orElseThrow().cached());
    assertTrue(
        engine.explain().contains("not cached: S.shared — feeds A.count, B.evens, but jsetl.cache = off"),
        engine::explain);
  }

  /**
   * {@code X.lazy} returns a plan over the shared value without reading it; {@code Z.write} reads
   * it through that plan after both consumers of the shared value have completed. With one
   * thread the order is fixed: S, X (the highest), Y, Z.
   */
  @Test
  void theValueStaysCachedForActionsThatRunAfterItsLastConsumerInTheSameCall() {
    LongAccumulator computed = spark.sparkContext().longAccumulator("lazy");
    AtomicReference<Dataset<Long>> shared = new AtomicReference<>();
    AtomicReference<StorageLevel> levelWhenZRuns = new AtomicReference<>();
    PipelineSpec spec =
        pipeline("Lazy", "jsetl.connectors.out { storage = memory, table = cache_lazy_out }")
            .nodes(
                List.of(
                    sharedSource(shared, computed),
                    node("X.lazy").delivers(longs("lazy")).input(longsIn("shared")).invoker(in -> evens(in.get(0))).build(),
                    counter("Y.count", "count", "shared"),
                    node("Z.write")
                        .delivers(longs("written"))
                        .input(longsIn("lazy"))
                        .invoker(
                            in -> {
                              levelWhenZRuns.set(shared.get().storageLevel());
                              return in.get(0);
                            })
                        .sink("out")
                        .build()))
            .output(key("count"))
            .parallelism(1)
            .build();

    PipelineEngine.create(spec).run();

    assertEquals(StorageLevel.MEMORY_AND_DISK(), levelWhenZRuns.get());
    assertEquals(ROWS, computed.value());
    assertEquals(ROWS / 2, MemoryTables.get("cache_lazy_out").count());
    assertEquals(StorageLevel.NONE(), shared.get().storageLevel());
  }

  @Test
  void anIntermediateIsUnpersistedAfterTheRunWhileARequestedOutputStaysCachedAndUsable() {
    LongAccumulator computed = spark.sparkContext().longAccumulator("requested");
    AtomicReference<Dataset<Long>> shared = new AtomicReference<>();
    AtomicReference<StorageLevel> levelSeenByAConsumer = new AtomicReference<>();
    PipelineSpec spec =
        pipeline("Requested", "")
            .nodes(
                List.of(
                    sharedSource(shared, computed),
                    node("A.count")
                        .delivers(key("count"))
                        .input(longsIn("shared"))
                        .invoker(
                            in -> {
                              Dataset<Long> data = in.get(0);
                              levelSeenByAConsumer.set(data.storageLevel());
                              return String.valueOf(data.count());
                            })
                        .build(),
                    node("R.evens").delivers(longs("evens")).input(longsIn("shared")).invoker(in -> evens(in.get(0))).build(),
                    counter("B.count", "evenCount", "evens"),
                    node("C.max")
                        .delivers(key("evenMax"))
                        .input(longsIn("evens"))
                        .invoker(in -> String.valueOf(in.<Dataset<Long>>get(0).orderBy(col("value").desc()).first()))
                        .build()))
            .output(key("count"))
            .output(key("evenCount"))
            .output(key("evenMax"))
            .output(longs("evens"))
            .build();
    PipelineEngine engine = PipelineEngine.create(spec);

    RunReport report = engine.run();
    Dataset<Long> evens = engine.output(longs("evens"));
    try {
      assertEquals(StorageLevel.MEMORY_AND_DISK(), levelSeenByAConsumer.get());
      assertEquals(StorageLevel.NONE(), shared.get().storageLevel());
      assertEquals(StorageLevel.MEMORY_AND_DISK(), evens.storageLevel());
      assertEquals(
          "persisted MEMORY_AND_DISK: feeds B.count, C.max; stays cached for the caller of the"
              + " requested output",
          report.node("R.evens").orElseThrow().cache().reason());
      assertEquals(ROWS, computed.value());
      assertEquals(ROWS / 2, evens.count());
      assertEquals(ROWS - 2, evens.orderBy(col("value").desc()).first());
      assertEquals(ROWS, computed.value(), "the requested output is read from its cache");
      assertEquals(String.valueOf(ROWS), engine.output(key("count")));
    } finally {
      evens.unpersist(true); // the shared session outlives this test
    }
  }

  @Test
  void aValueIsKeptUntilTheCallThatCompletesItsConsumersEnds() {
    AtomicReference<Dataset<Long>> shared = new AtomicReference<>();
    PipelineSpec spec =
        pipeline("Calls", "")
            .nodes(
                List.of(
                    sharedSource(shared, spark.sparkContext().longAccumulator()),
                    node("A.a").delivers(key("a")).input(longsIn("shared")).build(),
                    node("B.b").delivers(key("b")).input(longsIn("shared")).build()))
            .output(key("a"))
            .output(key("b"))
            .build();
    PipelineEngine engine = PipelineEngine.create(spec);

    engine.output(key("a"));
    assertEquals(StorageLevel.MEMORY_AND_DISK(), shared.get().storageLevel(), "B.b has not run yet");

    engine.run();
    assertEquals(StorageLevel.NONE(), shared.get().storageLevel());
  }

  @Test
  void aFailedRunUnpersistsWhatItPersisted() {
    AtomicReference<Dataset<Long>> shared = new AtomicReference<>();
    PipelineSpec spec =
        pipeline("Failing", "")
            .nodes(
                List.of(
                    sharedSource(shared, spark.sparkContext().longAccumulator()),
                    counter("A.count", "count", "shared"),
                    node("B.boom")
                        .delivers(key("boom"))
                        .input(longsIn("shared"))
                        .invoker(
                            in -> {
                              throw new IllegalStateException("boom");
                            })
                        .build()))
            .output(key("count"))
            .output(key("boom"))
            .parallelism(1)
            .build();

    PipelineException e = assertThrows(PipelineException.class, PipelineEngine.create(spec)::run);

    assertTrue(e.report().node("S.shared").orElseThrow().cached(), e.report()::toString);
    assertEquals(StorageLevel.NONE(), shared.get().storageLevel());
  }

  @Test
  void aValueGivenToTheBuilderIsNeverPersistedEvenWhenAFactoryPassesItOn() {
    Dataset<Long> given = counted(spark, ROWS, spark.sparkContext().longAccumulator());
    PipelineSpec spec =
        pipeline("Given", "")
            .nodes(
                List.of(
                    node("P.pass").delivers(longs("passed")).input(longsIn("given")).invoker(in -> in.get(0)).build(),
                    node("A.a").delivers(key("a")).input(longsIn("passed")).build(),
                    node("B.b").delivers(key("b")).input(longsIn("passed")).build()))
            .external(longs("given"), given)
            .output(key("a"))
            .output(key("b"))
            .build();

    RunReport report = PipelineEngine.create(spec).run();

    NodeReport.CacheDecision pass = report.node("P.pass").orElseThrow().cache();
    assertNotNull(pass);
    assertFalse(pass.persisted());
    assertEquals("it is a value given to the builder, whose owner decides its caching", pass.reason());
    assertEquals(StorageLevel.NONE(), given.storageLevel());
  }
}
