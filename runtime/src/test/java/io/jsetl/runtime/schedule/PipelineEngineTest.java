package io.jsetl.runtime.schedule;

import static io.jsetl.runtime.testing.TestNodes.key;
import static io.jsetl.runtime.testing.TestNodes.node;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigFactory;
import io.jsetl.runtime.NodeReport;
import io.jsetl.runtime.NodeStatus;
import io.jsetl.runtime.PipelineException;
import io.jsetl.runtime.RunContext;
import io.jsetl.runtime.RunReport;
import io.jsetl.runtime.wiring.Key;
import io.jsetl.runtime.wiring.PipelineSpec;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The engine without Spark: what runs, when, how often, and what a failure reports. */
class PipelineEngineTest {
  private final Counting counting = new Counting();

  /** A.a feeds B.b; both feed C.c (requested); X.x is requested too; D.d is pruned. */
  private PipelineSpec.Builder diamond() {
    return PipelineSpec.builder("P")
        .nodes(
            List.of(
                counting.count(node("A.a").delivers("a")),
                counting.count(node("B.b").delivers("b").input("a")),
                counting.count(node("C.c").delivers("c").input("a").input("b")),
                counting.count(node("D.d").delivers("d").input("c")),
                counting.count(node("X.x").delivers("x"))))
        .output(key("c"))
        .output(key("x"))
        .config(ConfigFactory.parseString("jsetl.parallelism = 2"));
  }

  private static List<String> statuses(RunReport report) {
    return report.nodes().stream().map(n -> n.name() + " " + n.status() + " " + n.stage()).toList();
  }

  @Test
  void anOutputRunsOnlyWhatItNeedsAndRunReusesIt() {
    PipelineEngine engine = Engines.withoutSpark(diamond().build());

    String c = engine.output(key("c"));

    assertEquals("C.c(A.a(), B.b(A.a()))", c);
    assertEquals(0, counting.calls("X.x"));
    RunReport report = engine.run();
    String again = engine.output(key("c"));
    engine.run();
    assertSame(c, again);
    assertEquals(List.of(1, 1, 1, 0, 1), List.of("A.a", "B.b", "C.c", "D.d", "X.x").stream().map(counting::calls).toList());
    assertEquals(
        List.of("A.a SUCCEEDED 1", "X.x SUCCEEDED 1", "B.b SUCCEEDED 2", "C.c SUCCEEDED 3", "D.d SKIPPED -1"),
        statuses(report));
    assertTrue(report.succeeded());
  }

  @Test
  void askingForAnOutputThatIsNotRequestedNamesTheRequestedOnes() {
    PipelineEngine engine = Engines.withoutSpark(diamond().build());

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> engine.output(key("d")));

    assertEquals(
        "String \"d\" is not a requested output of pipeline P; requested: String \"c\", String \"x\"."
            + " Add a method returning it to the @Pipeline interface.",
        e.getMessage());
  }

  @Test
  void anExternalOutputIsTheGivenValue() {
    Key given = key("given");
    PipelineEngine engine =
        Engines.withoutSpark(PipelineSpec.builder("P").external(given, "hello").output(given).build());

    assertEquals("hello", engine.<String>output(given));
  }

  @Test
  void aFailureNamesTheFailedNodeAndWhatDidNotRun() {
    IllegalStateException boom = new IllegalStateException("bad input\nsecond line is left out");
    PipelineSpec spec =
        diamond()
            .nodes(List.of(counting.count(node("F.f").delivers("f").invoker(in -> {
              throw boom;
            }))))
            .output(key("f"))
            .parallelism(1)
            .build();
    PipelineEngine engine = Engines.withoutSpark(spec);

    PipelineException e = assertThrows(PipelineException.class, engine::run);

    // One thread, longest chain first: A.a, B.b, C.c; then F.f before X.x, by name.
    assertEquals(
        "Pipeline P (run " + e.report().runId() + ") 1 node failed.\n"
            + "  - F.f failed: IllegalStateException: bad input\n"
            + "  - not run: X.x\n"
            + "Fix the failed node(s) and run again; failures() maps each to its cause.",
        e.getMessage());
    assertEquals(Map.of("F.f", boom), e.failures());
    assertSame(boom, e.getCause());
    assertEquals(
        List.of(
            "A.a SUCCEEDED 1",
            "F.f FAILED 1",
            "X.x NOT_RUN 1",
            "B.b SUCCEEDED 2",
            "C.c SUCCEEDED 3",
            "D.d SKIPPED -1"),
        statuses(e.report()));
    assertEquals("IllegalStateException: bad input", e.report().node("F.f").orElseThrow().error());
  }

  @Test
  void afterAFailureNothingRunsAgain() {
    PipelineSpec spec =
        PipelineSpec.builder("P")
            .nodes(List.of(counting.count(node("F.f").delivers("f").invoker(in -> {
              throw new IllegalStateException("boom");
            }))))
            .output(key("f"))
            .build();
    PipelineEngine engine = Engines.withoutSpark(spec);
    PipelineException first = assertThrows(PipelineException.class, engine::run);

    PipelineException second = assertThrows(PipelineException.class, engine::run);
    assertThrows(PipelineException.class, () -> engine.output(key("f")));

    assertEquals(1, counting.calls("F.f"));
    assertEquals(first.failures(), second.failures());
    assertTrue(second.getMessage().startsWith("Pipeline P already failed in run " + first.report().runId()), second.getMessage());
  }

  @Test
  void aFactoryReturningNullFails() {
    PipelineSpec spec =
        PipelineSpec.builder("P")
            .nodes(List.of(node("N.n").delivers("n").invoker(in -> null).build()))
            .output(key("n"))
            .build();

    PipelineException e = assertThrows(PipelineException.class, () -> Engines.withoutSpark(spec).run());

    assertEquals(
        "N.n returned null for String \"n\"; a factory (or a connector's read) must return a value.",
        e.failures().get("N.n").getMessage());
  }

  @Test
  void aFactorySeesItsContextAndTheEffectiveConfig() {
    AtomicReference<RunContext> context = new AtomicReference<>();
    AtomicReference<Boolean> progressDefault = new AtomicReference<>();
    PipelineSpec spec =
        PipelineSpec.builder("P")
            .nodes(
                List.of(
                    node("N.n")
                        .delivers("n")
                        .invoker(
                            in -> {
                              context.set(in.context());
                              progressDefault.set(in.config().getBoolean("jsetl.progress"));
                              return "n";
                            })
                        .build()))
            .output(key("n"))
            .config(ConfigFactory.parseString("custom = 1"))
            .build();
    PipelineEngine engine = Engines.withoutSpark(spec);

    RunReport report = engine.run();

    assertEquals(List.of("P", "N.n", report.runId()), List.of(context.get().pipeline(), context.get().node(), context.get().runId()));
    assertEquals(1, context.get().config().getInt("custom"));
    assertTrue(progressDefault.get(), "reference.conf is under the given config");
  }

  @Test
  void askingForAnInputThatDoesNotExistSaysTheCodeIsStale() {
    PipelineSpec spec =
        PipelineSpec.builder("P")
            .nodes(List.of(node("N.n").delivers("n").invoker(in -> in.get(1)).build()))
            .output(key("n"))
            .build();

    PipelineException e = assertThrows(PipelineException.class, () -> Engines.withoutSpark(spec).run());

    assertEquals(
        "N.n has 0 inputs; there is no input 1 (generated code is stale: rebuild).",
        e.failures().get("N.n").getMessage());
  }

  @Test
  void eachNodeRunsInItsOwnJobGroupAndPool() {
    RecordingJobGroups jobs = new RecordingJobGroups();
    PipelineSpec spec =
        PipelineSpec.builder("P")
            .nodes(List.of(node("A.a").delivers("a").build(), node("B.b").delivers("b").input("a").build()))
            .output(key("b"))
            .build();
    PipelineEngine engine = Engines.withoutSpark(spec, jobs, TaskListener.NONE);

    RunReport report = engine.run();

    String prefix = "jsetl-" + report.runId() + "-";
    assertEquals(
        List.of(
            "enter " + prefix + "A.a pool=A.a (P: A.a)",
            "exit " + prefix + "A.a",
            "enter " + prefix + "B.b pool=B.b (P: B.b)",
            "exit " + prefix + "B.b"),
        jobs.calls());
  }

  @Test
  void everyConnectorProblemIsReportedBeforeAnythingRuns() {
    PipelineSpec spec =
        PipelineSpec.builder("P")
            .nodes(
                List.of(
                    counting.count(node("A.a").delivers("a")),
                    counting.count(node("R.r").delivers("r").source("nowhere")),
                    counting.count(node("W.w").delivers("w").input("a").sink("tableless"))))
            .output(key("r"))
            .config(ConfigFactory.parseString("jsetl.connectors.tableless { storage = memory }"))
            .build();
    PipelineEngine engine = Engines.withoutSpark(spec);

    ConfigException e = assertThrows(ConfigException.class, engine::run);

    assertEquals(
        """
        Pipeline P cannot start: 2 connector problems (nothing has run; values are not shown, as \
        some are secrets).
          - jsetl.connectors.nowhere: not configured, but read by R.r. Add \
        jsetl.connectors.nowhere { storage = ..., ... } to the configuration; configured \
        connectors: tableless.
          - jsetl.connectors.tableless.table: missing; set it to an in-memory table name""",
        e.getMessage());
    assertEquals(0, counting.total());
  }

  @Test
  void aSinkNeedsADataset() {
    PipelineSpec spec =
        PipelineSpec.builder("P")
            .nodes(List.of(node("W.w").delivers("w").sink("out").build()))
            .config(ConfigFactory.parseString("jsetl.connectors.out { storage = memory, table = t }"))
            .build();

    PipelineException e = assertThrows(PipelineException.class, () -> Engines.withoutSpark(spec).run());

    assertEquals(
        "W.w delivers a java.lang.String, but its sink out can only write a Dataset; return a"
            + " Dataset or remove the sink.",
        e.failures().get("W.w").getMessage());
    NodeReport w = e.report().node("W.w").orElseThrow();
    assertEquals(List.of(NodeStatus.FAILED, "out"), List.of(w.status(), w.sink()));
  }
}
