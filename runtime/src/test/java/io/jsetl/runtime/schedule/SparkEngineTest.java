package io.jsetl.runtime.schedule;

import static io.jsetl.runtime.testing.TestNodes.key;
import static io.jsetl.runtime.testing.TestNodes.node;
import static io.jsetl.runtime.testing.TestNodes.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.typesafe.config.ConfigFactory;
import io.jsetl.runtime.NodeReport;
import io.jsetl.runtime.NodeStatus;
import io.jsetl.runtime.PipelineException;
import io.jsetl.runtime.RunReport;
import io.jsetl.runtime.testing.MemoryTables;
import io.jsetl.runtime.testkit.TestSpark;
import io.jsetl.runtime.wiring.PipelineSpec;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.spark.JobExecutionStatus;
import org.apache.spark.SparkContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The engine on the shared local session: job groups, pools, cancellation, sources and sinks. */
class SparkEngineTest {
  /** Static, so that Spark tasks (deserialized copies of the closure) see the same latches. */
  private static volatile CountDownLatch slowJobRunning;

  private static volatile CountDownLatch releaseSlowJob;

  private final SparkSession spark = TestSpark.session();

  @BeforeEach
  void latches() {
    slowJobRunning = new CountDownLatch(1);
    releaseSlowJob = new CountDownLatch(1);
  }

  @AfterEach
  void release() {
    releaseSlowJob.countDown(); // frees any task a broken cancellation left blocked
  }

  private PipelineSpec.Builder pipeline(String name) {
    return PipelineSpec.builder(name)
        .spark(spark)
        .config(ConfigFactory.parseString("jsetl.progress = false"));
  }

  /** A Spark job whose tasks block until released or interrupted: only a cancel ends it early. */
  private static long blockingJob(SparkSession spark) {
    return spark
        .range(0, 4, 1, 2)
        .mapPartitions(
            (MapPartitionsFunction<Long, Long>)
                rows -> {
                  slowJobRunning.countDown();
                  releaseSlowJob.await(60, TimeUnit.SECONDS);
                  return rows;
                },
            Encoders.LONG())
        .count();
  }

  @Test
  void aFailureCancelsTheSparkJobOfARunningSibling() throws Exception {
    PipelineSpec spec =
        pipeline("Cancel")
            .nodes(
                List.of(
                    node("Jobs.slow").delivers("slow").invoker(in -> blockingJob(in.spark())).build(),
                    node("Jobs.boom")
                        .delivers("boom")
                        .invoker(
                            in -> {
                              if (!slowJobRunning.await(30, TimeUnit.SECONDS)) {
                                throw new AssertionError("the slow job never started");
                              }
                              throw new IllegalStateException("boom");
                            })
                        .build(),
                    node("Jobs.after").delivers("after").input("slow").build()))
            .output(key("after"))
            .output(key("boom"))
            .parallelism(2)
            .build();
    PipelineEngine engine = PipelineEngine.create(spec);

    PipelineException e = assertThrows(PipelineException.class, engine::run);

    assertEquals(List.of("Jobs.boom"), List.copyOf(e.failures().keySet()));
    NodeReport slow = e.report().node("Jobs.slow").orElseThrow();
    assertEquals(NodeStatus.CANCELLED, slow.status());
    assertEquals(NodeStatus.NOT_RUN, e.report().node("Jobs.after").orElseThrow().status());
    String group = "jsetl-" + e.report().runId() + "-Jobs.slow";
    assertTrue(slow.error().contains("cancelled part of cancelled job group " + group), slow.error());
    SparkContext sc = spark.sparkContext();
    // The status tracker reads Spark's status store, which the listener bus updates after the job
    // ended: wait until every event so far is delivered.
    sc.listenerBus().waitUntilEmpty();
    int[] jobs = sc.statusTracker().getJobIdsForGroup(group);
    assertEquals(1, jobs.length);
    assertEquals(JobExecutionStatus.FAILED, sc.statusTracker().getJobInfo(jobs[0]).get().status());
    assertTrue(e.getMessage().contains("Jobs.slow was cancelled: SparkException"), e.getMessage());
  }

  @Test
  void eachNodeSeesItsJobGroupAndPoolOnItsThread() {
    AtomicReference<List<String>> seenByA = new AtomicReference<>();
    AtomicReference<List<String>> seenByB = new AtomicReference<>();
    PipelineSpec spec =
        pipeline("Groups")
            .nodes(
                List.of(
                    node("G.a").delivers("a").invoker(in -> {
                      seenByA.set(localProperties(in.spark()));
                      return "a";
                    }).build(),
                    node("G.b").delivers("b").input("a").invoker(in -> {
                      seenByB.set(localProperties(in.spark()));
                      return "b";
                    }).build()))
            .output(key("b"))
            .parallelism(1)
            .build();

    RunReport report = PipelineEngine.create(spec).run();

    String prefix = "jsetl-" + report.runId() + "-";
    assertEquals(List.of(prefix + "G.a", "G.a", "Groups: G.a"), seenByA.get());
    assertEquals(List.of(prefix + "G.b", "G.b", "Groups: G.b"), seenByB.get());
  }

  @Test
  void jobGroupAndPoolAreClearedWhenANodeEnds() {
    SparkJobGroups groups = new SparkJobGroups(new Lazy<>(() -> spark));
    SparkContext sc = spark.sparkContext();

    JobGroups.Scope scope = groups.enter("g", "p", "d");
    assertEquals(List.of("g", "p", "d"), localProperties(spark));
    scope.close();

    assertNull(sc.getLocalProperty("spark.jobGroup.id"));
    assertNull(sc.getLocalProperty(SparkJobGroups.POOL_PROPERTY));
  }

  private static List<String> localProperties(SparkSession spark) {
    SparkContext sc = spark.sparkContext();
    return List.of(
        String.valueOf(sc.getLocalProperty("spark.jobGroup.id")),
        String.valueOf(sc.getLocalProperty(SparkJobGroups.POOL_PROPERTY)),
        String.valueOf(sc.getLocalProperty("spark.job.description")));
  }

  @Test
  void aSourceIsReadOnceForAllItsConsumersAndTheSinkIsWritten() {
    StructType schema =
        new StructType().add("name", DataTypes.StringType).add("age", DataTypes.IntegerType);
    MemoryTables.put(
        "people",
        spark.createDataFrame(
            List.of(RowFactory.create("ann", 34), RowFactory.create("bob", 12), RowFactory.create("cy", 18)),
            schema));
    PipelineSpec spec =
        pipeline("People")
            .nodes(
                List.of(
                    node("People.adults")
                        .delivers(rows("adults"))
                        .source("people")
                        .invoker(in -> in.<Dataset<Row>>get(0).filter("age >= 18"))
                        .sink("adults_out")
                        .build(),
                    node("People.count")
                        .delivers(key("count"))
                        .source("people")
                        .invoker(in -> String.valueOf(in.<Dataset<Row>>get(0).count()))
                        .build()))
            .output(key("count"))
            .config(
                ConfigFactory.parseString(
                    """
                    jsetl.progress = false
                    jsetl.connectors {
                      people { storage = memory, table = people }
                      adults_out { storage = memory, table = adults_out }
                    }
                    """))
            .build();
    int readsBefore = MemoryTables.reads("people");
    PipelineEngine engine = PipelineEngine.create(spec);

    RunReport report = engine.run();

    assertEquals("3", engine.output(key("count")));
    assertEquals(1, MemoryTables.reads("people") - readsBefore);
    assertEquals(
        List.of("ann", "cy"),
        MemoryTables.get("adults_out").orderBy("name").collectAsList().stream().map(r -> r.getString(0)).toList());
    assertEquals(
        List.of(
            "source:people 0 SUCCEEDED ",
            "People.adults 1 SUCCEEDED adults_out",
            "People.count 1 SUCCEEDED "),
        report.nodes().stream().map(n -> n.name() + " " + n.stage() + " " + n.status() + " " + n.sink()).toList());
  }
}
