package io.jsetl.runtime.graph;

import static io.jsetl.runtime.testing.TestNodes.key;
import static io.jsetl.runtime.testing.TestNodes.node;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.jsetl.runtime.testing.TestPipelines;
import io.jsetl.runtime.wiring.InputSpec;
import io.jsetl.runtime.wiring.NodeSpec;
import io.jsetl.runtime.wiring.PipelineSpec;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PipelineGraphTest {
  @Test
  void diamondSharesItsSourceAndStagesByLevel() {
    PipelineGraph g = PipelineGraph.of(TestPipelines.diamond());

    assertEquals(Set.of("source:raw", "A.a", "B.b", "C.c", "E.e"), g.needed());
    assertEquals(
        Map.of("source:raw", 0, "A.a", 1, "B.b", 1, "C.c", 2, "E.e", 2, "D.d", -1),
        Map.of(
            "source:raw", g.stage("source:raw"),
            "A.a", g.stage("A.a"),
            "B.b", g.stage("B.b"),
            "C.c", g.stage("C.c"),
            "E.e", g.stage("E.e"),
            "D.d", g.stage("D.d")));
    assertEquals(3, g.stageCount());
    assertEquals(List.of("A.a", "B.b"), g.downstream("source:raw"));
    assertEquals(Set.of("C.c", "E.e"), g.roots());
    assertEquals(2, g.height("source:raw"));
    assertEquals(0, g.height("C.c"));
  }

  @Test
  void prunedNodesSayWhy() {
    PipelineGraph g = PipelineGraph.of(TestPipelines.diamond());

    assertEquals(
        Map.of(
            "D.d",
            "its output String \"d\" is not requested, it has no sink, and no factory consumes it"),
        g.pruned());
  }

  @Test
  void aNodeConsumedOnlyByPrunedNodesIsPrunedWithItsConsumers() {
    PipelineSpec spec =
        PipelineSpec.builder("P")
            .nodes(
                List.of(
                    node("A.a").delivers("a").build(),
                    node("B.b").delivers("b").input("a").build(),
                    node("C.c").delivers("c").build()))
            .output(key("c"))
            .build();

    PipelineGraph g = PipelineGraph.of(spec);

    assertEquals(
        "its output String \"a\" is not requested, it has no sink, and only pruned nodes consume"
            + " it (B.b)",
        g.pruned().get("A.a"));
  }

  @Test
  void producerRestrictionChoosesAmongSameKeyProducers() {
    PipelineSpec spec =
        PipelineSpec.builder("P")
            .nodes(
                List.of(
                    node("A.x").delivers("x").build(),
                    node("B.x").delivers("x").build(),
                    node("C.c").delivers("c").input(InputSpec.of(key("x")).withProducer("test.B")).build()))
            .output(key("c"))
            .build();

    FactoryVertex c = (FactoryVertex) PipelineGraph.of(spec).vertex("C.c");

    assertEquals(List.of(new Binding.FromNode("B.x")), c.inputs());
  }

  @Test
  void externalAndAbsentOptionalInputsAreBoundWithoutVertices() {
    PipelineSpec spec =
        PipelineSpec.builder("P")
            .nodes(
                List.of(
                    node("C.c")
                        .delivers("c")
                        .input("given")
                        .input(InputSpec.of(key("maybe")).asOptional())
                        .build()))
            .external(key("given"), "value")
            .output(key("c"))
            .build();

    PipelineGraph g = PipelineGraph.of(spec);
    FactoryVertex c = (FactoryVertex) g.vertex("C.c");

    assertEquals(
        List.of(new Binding.External(key("given")), new Binding.Absent(key("maybe"))), c.inputs());
    assertEquals(Set.of("C.c"), g.needed());
    assertEquals(1, g.stage("C.c"));
  }

  @Test
  void aRequestedOutputCanBeAnExternalValue() {
    PipelineSpec spec = PipelineSpec.builder("P").external(key("x"), 1).output(key("x")).build();

    PipelineGraph g = PipelineGraph.of(spec);

    assertEquals(Map.of(key("x"), new Binding.External(key("x"))), g.outputs());
    assertEquals(Set.of(), g.needed());
  }

  @Test
  void oneConnectorReadAsTwoKeysGivesTwoNamedSources() {
    NodeSpec a = node("A.a").delivers("a").source("raw").build();
    NodeSpec b =
        node("B.b")
            .delivers("b")
            .input(InputSpec.source(key("raw-as-string"), "raw", null))
            .build();
    PipelineSpec spec =
        PipelineSpec.builder("P").nodes(List.of(a, b)).output(key("a")).output(key("b")).build();

    PipelineGraph g = PipelineGraph.of(spec);

    assertEquals(
        Set.of("source:raw[Dataset<Row> \"raw\"]", "source:raw[String \"raw-as-string\"]", "A.a", "B.b"),
        g.needed());
  }

  @Test
  void everyProblemOfTheNeededPartIsReportedAtOnce() {
    PipelineSpec spec =
        PipelineSpec.builder("Broken")
            .nodes(
                List.of(
                    node("A.x").delivers("x").build(),
                    node("B.x").delivers("x").build(),
                    node("C.c").delivers("c").input("x").input("nowhere").build(),
                    node("P.p").delivers("p").input("also-nowhere").build()))
            .output(key("c"))
            .output(key("unknown"))
            .build();

    IllegalStateException e = assertThrows(IllegalStateException.class, () -> PipelineGraph.of(spec));

    assertEquals(
        """
        Pipeline Broken cannot be wired (3 problems). The annotation processor checks this at \
        compile time, so the generated code does not match this runtime: rebuild the project \
        (clean compile) with one jsetl version.
          - requested output String "unknown" has no producer and was not given to the builder.
          - C.c: input String "x" has several producers (A.x, B.x); set @Input(producer = ...) to \
        choose one.
          - C.c: input String "nowhere" has no producer: no factory delivers it, no source binds \
        it, and the builder was not given it.""",
        e.getMessage());
  }

  @Test
  void aCycleIsReportedAsItsPathInDataFlowOrder() {
    PipelineSpec spec =
        PipelineSpec.builder("Loop")
            .nodes(
                List.of(
                    node("A.a").delivers("a").input("c").build(),
                    node("B.b").delivers("b").input("a").build(),
                    node("C.c").delivers("c").input("b").build(),
                    node("D.d").delivers("d").input("c").build()))
            .output(key("d"))
            .build();

    IllegalStateException e = assertThrows(IllegalStateException.class, () -> PipelineGraph.of(spec));

    assertEquals(
        "  - dependency cycle: A.a -> B.b -> C.c -> A.a.", e.getMessage().lines().skip(1).findFirst().orElseThrow());
  }

  @Test
  void aSelfLoopIsACycleToo() {
    PipelineSpec spec =
        PipelineSpec.builder("Self")
            .nodes(List.of(node("A.a").delivers("a").input("a").build()))
            .output(key("a"))
            .build();

    IllegalStateException e = assertThrows(IllegalStateException.class, () -> PipelineGraph.of(spec));

    assertEquals(true, e.getMessage().contains("dependency cycle: A.a -> A.a."), e.getMessage());
  }

  @Test
  void problemsOfPrunedNodesDoNotStopThePipeline() {
    PipelineSpec spec =
        PipelineSpec.builder("P")
            .nodes(
                List.of(
                    node("A.a").delivers("a").build(),
                    node("U.u").delivers("u").input("nowhere").build()))
            .output(key("a"))
            .build();

    PipelineGraph g = PipelineGraph.of(spec);

    assertEquals(Set.of("U.u"), g.pruned().keySet());
    assertInstanceOf(Binding.Unresolved.class, ((FactoryVertex) g.vertex("U.u")).inputs().get(0));
  }

  @Test
  void duplicateNodeNamesAreRefused() {
    PipelineSpec spec =
        PipelineSpec.builder("Dup")
            .nodes(List.of(node("A.a").delivers("a").build(), node("A.a").delivers("b").build()))
            .output(key("a"))
            .build();

    IllegalStateException e = assertThrows(IllegalStateException.class, () -> PipelineGraph.of(spec));

    assertEquals(
        "Pipeline Dup has several factory nodes named A.a. Node names must be unique; rename one"
            + " of the overloaded @Deliver methods.",
        e.getMessage());
  }
}
