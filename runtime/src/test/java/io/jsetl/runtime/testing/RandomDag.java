package io.jsetl.runtime.testing;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * A random DAG for property tests: vertex {@code i} may depend only on vertices below it, so any
 * edge set is acyclic, and density varies per sample so that chains, diamonds and wide fans all
 * appear.
 *
 * @param upstream for each vertex, the vertices it depends on, ascending
 */
public record RandomDag(List<List<Integer>> upstream) {
  public static Arbitrary<RandomDag> between(int minSize, int maxSize) {
    return Arbitraries.integers()
        .between(minSize, maxSize)
        .flatMap(
            n ->
                Arbitraries.integers()
                    .between(0, 99)
                    .list()
                    .ofSize(n * (n - 1) / 2)
                    .flatMap(
                        rolls ->
                            Arbitraries.integers().between(5, 60).map(density -> build(n, rolls, density))));
  }

  private static RandomDag build(int n, List<Integer> rolls, int density) {
    List<List<Integer>> upstream = new ArrayList<>();
    int roll = 0;
    for (int j = 0; j < n; j++) {
      List<Integer> ups = new ArrayList<>();
      for (int i = 0; i < j; i++) {
        if (rolls.get(roll++) < density) {
          ups.add(i);
        }
      }
      upstream.add(List.copyOf(ups));
    }
    return new RandomDag(List.copyOf(upstream));
  }

  public int size() {
    return upstream.size();
  }

  /** {@code N.n07}: sorts like its index. */
  public static String name(int i) {
    return String.format("N.n%02d", i);
  }

  /** {@code n07}: the id of what vertex 7 delivers. */
  public static String id(int i) {
    return String.format("n%02d", i);
  }

  /** The given vertices and everything they need. */
  public Set<Integer> closure(Set<Integer> from) {
    Set<Integer> seen = new TreeSet<>();
    Deque<Integer> todo = new ArrayDeque<>(from);
    while (!todo.isEmpty()) {
      int v = todo.pop();
      if (seen.add(v)) {
        todo.addAll(upstream.get(v));
      }
    }
    return seen;
  }

  /** Every vertex that needs {@code v}, transitively. */
  public Set<Integer> descendants(int v) {
    Set<Integer> out = new TreeSet<>();
    for (int j = v + 1; j < size(); j++) {
      for (int u : upstream.get(j)) {
        if (u == v || out.contains(u)) {
          out.add(j);
          break;
        }
      }
    }
    return out;
  }

  @Override
  public String toString() {
    List<String> edges = new ArrayList<>();
    for (int j = 0; j < size(); j++) {
      edges.add(j + "<-" + upstream.get(j));
    }
    return "RandomDag" + edges;
  }
}
