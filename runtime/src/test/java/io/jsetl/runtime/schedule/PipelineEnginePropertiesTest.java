package io.jsetl.runtime.schedule;

import static io.jsetl.runtime.testing.TestNodes.key;
import static io.jsetl.runtime.testing.TestNodes.node;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jsetl.runtime.NodeStatus;
import io.jsetl.runtime.PipelineException;
import io.jsetl.runtime.RunReport;
import io.jsetl.runtime.testing.RandomDag;
import io.jsetl.runtime.testing.TestNodes;
import io.jsetl.runtime.wiring.PipelineSpec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The engine (graph, pruning, scheduler, values) on random pipelines without Spark: every node a
 * run needs runs exactly once, with the values of the right producers, whether outputs are asked
 * for first or not; pruned nodes never run; a failure is thrown once and is final.
 */
class PipelineEnginePropertiesTest {
  /**
   * @param requested vertices whose output the pipeline requests (at least one)
   * @param askFirst a requested vertex whose output is asked for before {@code run()}, or -1
   * @param failing vertices that throw
   */
  record Case(RandomDag dag, int parallelism, Set<Integer> requested, int askFirst, Set<Integer> failing) {}

  @Provide
  Arbitrary<Case> cases() {
    return cases(0);
  }

  @Provide
  Arbitrary<Case> failingCases() {
    return cases(20).filter(c -> !c.failing().isEmpty());
  }

  private static Arbitrary<Case> cases(int failPercent) {
    return RandomDag.between(1, 12)
        .flatMap(
            dag ->
                Combinators.combine(
                        Arbitraries.integers().between(1, 4),
                        Arbitraries.integers().between(0, 99).list().ofSize(dag.size()),
                        Arbitraries.integers().between(-1, dag.size() - 1),
                        Arbitraries.integers().between(0, 99).list().ofSize(dag.size()))
                    .as(
                        (p, requestRolls, ask, failRolls) -> {
                          Set<Integer> requested = pick(requestRolls, 35);
                          requested.add(dag.size() - 1);
                          int askFirst = ask >= 0 && requested.contains(ask) ? ask : -1;
                          return new Case(dag, p, requested, askFirst, pick(failRolls, failPercent));
                        }));
  }

  private static Set<Integer> pick(List<Integer> rolls, int percent) {
    Set<Integer> chosen = new TreeSet<>();
    for (int i = 0; i < rolls.size(); i++) {
      if (rolls.get(i) < percent) {
        chosen.add(i);
      }
    }
    return chosen;
  }

  private static PipelineSpec spec(Case c, Counting counting) {
    List<io.jsetl.runtime.wiring.NodeSpec> nodes = new ArrayList<>();
    for (int i = 0; i < c.dag().size(); i++) {
      TestNodes.Builder b = node(RandomDag.name(i)).delivers(RandomDag.id(i));
      c.dag().upstream().get(i).forEach(u -> b.input(RandomDag.id(u)));
      if (c.failing().contains(i)) {
        String name = RandomDag.name(i);
        b.invoker(in -> {
          throw new IllegalStateException("boom in " + name);
        });
      }
      nodes.add(counting.count(b));
    }
    PipelineSpec.Builder spec = PipelineSpec.builder("Random").nodes(nodes).parallelism(c.parallelism());
    c.requested().forEach(i -> spec.output(key(RandomDag.id(i))));
    return spec.build();
  }

  /** What the echo invokers must produce if every input came from its producer. */
  private static String expectedValue(RandomDag dag, int v, Map<Integer, String> memo) {
    String known = memo.get(v);
    if (known != null) {
      return known;
    }
    List<String> args = new ArrayList<>();
    dag.upstream().get(v).forEach(u -> args.add(expectedValue(dag, u, memo)));
    String value = RandomDag.name(v) + "(" + String.join(", ", args) + ")";
    memo.put(v, value);
    return value;
  }

  @Property(tries = 500, seed = "7")
  void everyNeededNodeRunsOnceWithItsProducersValues(@ForAll("cases") Case c) {
    Counting counting = new Counting();
    PipelineEngine engine = Engines.withoutSpark(spec(c, counting));
    Map<Integer, String> memo = new HashMap<>();

    if (c.askFirst() >= 0) {
      String value = engine.output(key(RandomDag.id(c.askFirst())));
      assertEquals(expectedValue(c.dag(), c.askFirst(), memo), value);
      assertCalls(c.dag(), c.dag().closure(Set.of(c.askFirst())), counting);
    }
    RunReport report = engine.run();
    engine.run();

    Set<Integer> needed = c.dag().closure(c.requested());
    assertCalls(c.dag(), needed, counting);
    for (int r : c.requested()) {
      assertEquals(expectedValue(c.dag(), r, memo), engine.output(key(RandomDag.id(r))));
    }
    for (int i = 0; i < c.dag().size(); i++) {
      NodeStatus expected = needed.contains(i) ? NodeStatus.SUCCEEDED : NodeStatus.SKIPPED;
      assertEquals(expected, report.node(RandomDag.name(i)).orElseThrow().status());
    }
  }

  @Property(tries = 500, seed = "8")
  void aFailureIsThrownOnceNamingTheFailedNodesAndIsFinal(@ForAll("failingCases") Case c) {
    Counting counting = new Counting();
    PipelineEngine engine = Engines.withoutSpark(spec(c, counting));
    Set<Integer> needed = c.dag().closure(c.requested());
    boolean mustFail = c.failing().stream().anyMatch(needed::contains);

    if (!mustFail) {
      assertTrue(engine.run().succeeded());
      return;
    }
    PipelineException e = assertThrows(PipelineException.class, engine::run);
    int callsAfterFailure = counting.total();

    assertFalse(e.failures().isEmpty());
    for (String failed : e.failures().keySet()) {
      int index = Integer.parseInt(failed.substring("N.n".length()));
      assertTrue(c.failing().contains(index), failed + " is not a failing node");
      assertTrue(e.getMessage().contains(failed + " failed: IllegalStateException: boom in " + failed), e.getMessage());
      for (int d : c.dag().descendants(index)) {
        assertEquals(0, counting.calls(RandomDag.name(d)), RandomDag.name(d) + " ran after " + failed + " failed");
      }
    }
    assertThrows(PipelineException.class, engine::run);
    assertEquals(callsAfterFailure, counting.total(), "a failed engine runs nothing more");
  }

  private static void assertCalls(RandomDag dag, Set<Integer> expected, Counting counting) {
    for (int i = 0; i < dag.size(); i++) {
      assertEquals(expected.contains(i) ? 1 : 0, counting.calls(RandomDag.name(i)), RandomDag.name(i));
    }
  }
}
