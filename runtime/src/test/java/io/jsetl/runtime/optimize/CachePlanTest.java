package io.jsetl.runtime.optimize;

import static io.jsetl.runtime.testing.TestNodes.node;
import static io.jsetl.runtime.testing.TestNodes.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jsetl.runtime.config.CacheSettings;
import io.jsetl.runtime.graph.PipelineGraph;
import io.jsetl.runtime.testing.TestPipelines;
import io.jsetl.runtime.wiring.InputSpec;
import io.jsetl.runtime.wiring.PipelineSpec;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Candidate selection on the graph alone: no Spark. */
class CachePlanTest {
  private static final CacheSettings AUTO = new CacheSettings(true, "MEMORY_AND_DISK");
  private static final CacheSettings OFF = new CacheSettings(false, "MEMORY_AND_DISK");

  private static InputSpec ds(String id) {
    return InputSpec.of(rows(id));
  }

  private static CachePlan plan(CacheSettings settings, PipelineSpec.Builder spec) {
    return CachePlan.of(PipelineGraph.of(spec.build()), settings);
  }

  @Test
  void aDiamondCachesTheDatasetBothBranchesRead() {
    CachePlan plan =
        plan(
            AUTO,
            PipelineSpec.builder("Diamond")
                .nodes(
                    List.of(
                        node("A.a").delivers(rows("a")).source("raw").build(),
                        node("B.b").delivers(rows("b")).input(ds("a")).build(),
                        node("C.c").delivers(rows("c")).input(ds("a")).build(),
                        node("D.d").delivers(rows("d")).input(ds("b")).input(ds("c")).build()))
                .output(rows("d")));

    assertEquals(
        Map.of("A.a", new CacheCandidate("A.a", List.of("B.b", "C.c"), "", false)), plan.candidates());
    assertEquals("B.b, C.c", plan.candidates().get("A.a").feeds());
    assertEquals(Map.of(), plan.notCached());
  }

  @Test
  void aChainCachesNothingAndHasNothingToSay() {
    CachePlan plan =
        plan(
            AUTO,
            PipelineSpec.builder("Chain")
                .nodes(
                    List.of(
                        node("A.a").delivers(rows("a")).source("raw").build(),
                        node("B.b").delivers(rows("b")).input(ds("a")).build(),
                        node("C.c").delivers(rows("c")).input(ds("b")).sink("out").build()))
                .output(rows("c")));

    assertEquals(Map.of(), plan.candidates());
    assertEquals(Map.of(), plan.notCached());
  }

  @Test
  void itsOwnSinkCountsAsAConsumer() {
    CachePlan plan =
        plan(
            AUTO,
            PipelineSpec.builder("SinkAndOne")
                .nodes(
                    List.of(
                        node("A.a").delivers(rows("a")).source("raw").sink("out").build(),
                        node("B.b").delivers(rows("b")).input(ds("a")).build()))
                .output(rows("b")));

    CacheCandidate a = plan.candidate("A.a").orElseThrow();
    assertEquals(new CacheCandidate("A.a", List.of("B.b"), "out", false), a);
    assertEquals("B.b and its sink out", a.feeds());
  }

  @Test
  void aRequestedOutputIsCachedButMarkedToStayCached() {
    CachePlan plan =
        plan(
            AUTO,
            PipelineSpec.builder("Requested")
                .nodes(
                    List.of(
                        node("A.a").delivers(rows("a")).source("raw").build(),
                        node("B.b").delivers(rows("b")).input(ds("a")).sink("out_b").build(),
                        node("C.c").delivers(rows("c")).input(ds("a")).sink("out_c").build()))
                .output(rows("a")));

    assertTrue(plan.candidate("A.a").orElseThrow().requested());
    assertEquals(Set.of("A.a"), plan.requested());
  }

  @Test
  void prunedConsumersDoNotCount() {
    CachePlan plan =
        plan(
            AUTO,
            PipelineSpec.builder("Pruned")
                .nodes(
                    List.of(
                        node("A.a").delivers(rows("a")).source("raw").build(),
                        node("B.b").delivers(rows("b")).input(ds("a")).build(),
                        node("D.d").delivers(rows("d")).input(ds("a")).build(),
                        node("E.e").delivers(rows("e")).input(ds("a")).build()))
                .output(rows("b")));

    assertEquals(Map.of(), plan.candidates());
    assertEquals(Map.of("A.a", "feeds only B.b (D.d, E.e are pruned)"), plan.notCached());
  }

  @Test
  void aRequestedOutputWhoseConsumersAreAllPrunedFeedsNothing() {
    CachePlan plan =
        plan(
            AUTO,
            PipelineSpec.builder("Alone")
                .nodes(
                    List.of(
                        node("A.a").delivers(rows("a")).source("raw").build(),
                        node("D.d").delivers(rows("d")).input(ds("a")).build(),
                        node("E.e").delivers(rows("e")).input(ds("a")).build()))
                .output(rows("a")));

    assertEquals(Map.of("A.a", "feeds nothing that runs (D.d, E.e are pruned)"), plan.notCached());
  }

  @Test
  void onlyDatasetsAreCachedAndASourceAlwaysIsOne() {
    CachePlan plan = CachePlan.of(PipelineGraph.of(TestPipelines.diamond()), AUTO);

    assertEquals(List.of("source:raw"), List.copyOf(plan.candidates().keySet()));
    assertEquals(
        Map.of("A.a", "feeds C.c, E.e, but String \"a\" is not a Dataset"), plan.notCached());
  }

  @Test
  void withCachingOffNothingIsCachedAndThePlanSaysWhy() {
    CachePlan plan = CachePlan.of(PipelineGraph.of(TestPipelines.diamond()), OFF);

    assertEquals(Map.of(), plan.candidates());
    assertEquals(
        Map.of(
            "source:raw", "feeds A.a, B.b, but jsetl.cache = off",
            "A.a", "feeds C.c, E.e, but String \"a\" is not a Dataset"),
        plan.notCached());
  }
}
