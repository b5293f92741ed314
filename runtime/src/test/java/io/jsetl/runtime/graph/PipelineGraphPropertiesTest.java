package io.jsetl.runtime.graph;

import static io.jsetl.runtime.testing.TestNodes.key;
import static io.jsetl.runtime.testing.TestNodes.node;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jsetl.runtime.testing.RandomDag;
import io.jsetl.runtime.testing.TestNodes;
import io.jsetl.runtime.wiring.NodeSpec;
import io.jsetl.runtime.wiring.PipelineSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Pruning and staging on random DAGs, against a plain reachability computed here. */
class PipelineGraphPropertiesTest {
  /** A DAG with the vertices whose output is requested and those that have a sink. */
  record Case(RandomDag dag, Set<Integer> requested, Set<Integer> sinks) {}

  @Provide
  Arbitrary<Case> cases() {
    return RandomDag.between(1, 14)
        .flatMap(
            dag ->
                Combinators.combine(subset(dag.size(), 30), subset(dag.size(), 15))
                    .as((requested, sinks) -> new Case(dag, requested, sinks)));
  }

  static Arbitrary<Set<Integer>> subset(int size, int percent) {
    return Arbitraries.integers()
        .between(0, 99)
        .list()
        .ofSize(size)
        .map(
            rolls -> {
              Set<Integer> chosen = new TreeSet<>();
              for (int i = 0; i < size; i++) {
                if (rolls.get(i) < percent) {
                  chosen.add(i);
                }
              }
              return chosen;
            });
  }

  static PipelineSpec spec(Case c) {
    List<NodeSpec> nodes = new ArrayList<>();
    for (int i = 0; i < c.dag().size(); i++) {
      TestNodes.Builder b = node(RandomDag.name(i)).delivers(RandomDag.id(i));
      c.dag().upstream().get(i).forEach(u -> b.input(RandomDag.id(u)));
      if (c.sinks().contains(i)) {
        b.sink("sink" + i);
      }
      nodes.add(b.build());
    }
    PipelineSpec.Builder spec = PipelineSpec.builder("Random").nodes(nodes);
    c.requested().forEach(i -> spec.output(key(RandomDag.id(i))));
    return spec.build();
  }

  @Property(tries = 500, seed = "20260101")
  void neededIsWhatRequestedOutputsAndSinksReach(@ForAll("cases") Case c) {
    PipelineGraph g = PipelineGraph.of(spec(c));

    Set<Integer> roots = new TreeSet<>(c.requested());
    roots.addAll(c.sinks());
    Set<String> expected = names(c.dag().closure(roots));
    assertEquals(expected, g.needed());
    Set<String> all = names(c.dag().closure(allOf(c.dag().size())));
    all.removeAll(expected);
    assertEquals(all, g.pruned().keySet());
  }

  @Property(tries = 500, seed = "20260102")
  void everyNeededNodeIsOneStageAfterItsDeepestInput(@ForAll("cases") Case c) {
    PipelineGraph g = PipelineGraph.of(spec(c));

    for (String v : g.needed()) {
      int deepest = g.vertex(v).upstream().stream().mapToInt(g::stage).max().orElse(0);
      assertEquals(deepest + 1, g.stage(v), v);
      for (String d : g.downstream(v)) {
        assertTrue(!g.isNeeded(d) || g.height(v) > g.height(d), v + " before " + d);
      }
    }
  }

  private static Set<Integer> allOf(int n) {
    Set<Integer> all = new TreeSet<>();
    for (int i = 0; i < n; i++) {
      all.add(i);
    }
    return all;
  }

  private static Set<String> names(Set<Integer> vertices) {
    return vertices.stream().map(RandomDag::name).collect(Collectors.toCollection(TreeSet::new));
  }
}
