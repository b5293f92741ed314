package io.jsetl.runtime.graph;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A topological order of a set of vertices, or one cycle among them. Iterative (Kahn), so a long
 * chain cannot overflow the stack; ties are broken by name, so the order is deterministic.
 */
final class Topology {
  /**
   * @param order every vertex after its upstream vertices, when {@code cycle} is empty
   * @param cycle a cycle in data-flow order, starting and ending at its smallest name ({@code a ->
   *     b -> a}), or empty
   */
  record Result(List<String> order, List<String> cycle) {}

  private Topology() {}

  /** {@code upstream} maps each vertex to the vertices it needs; names outside the keys are ignored. */
  static Result sort(SortedMap<String, List<String>> upstream) {
    Map<String, Integer> waiting = new HashMap<>();
    Map<String, List<String>> downstream = new TreeMap<>();
    upstream.forEach(
        (v, ups) -> {
          List<String> inSet = ups.stream().filter(upstream::containsKey).distinct().toList();
          waiting.put(v, inSet.size());
          inSet.forEach(u -> downstream.computeIfAbsent(u, k -> new ArrayList<>()).add(v));
        });
    TreeSet<String> ready = new TreeSet<>();
    waiting.forEach((v, n) -> {
      if (n == 0) {
        ready.add(v);
      }
    });
    List<String> order = new ArrayList<>();
    while (!ready.isEmpty()) {
      String v = ready.pollFirst();
      order.add(v);
      for (String d : downstream.getOrDefault(v, List.of())) {
        int left = waiting.getOrDefault(d, 0) - 1;
        waiting.put(d, left);
        if (left == 0) {
          ready.add(d);
        }
      }
    }
    if (order.size() == upstream.size()) {
      return new Result(order, List.of());
    }
    return new Result(order, cycle(upstream, waiting));
  }

  /**
   * Every vertex left waiting needs at least one other left waiting, so walking "first needed
   * vertex" from any of them must come back to a vertex already seen: that loop is a cycle.
   */
  private static List<String> cycle(SortedMap<String, List<String>> upstream, Map<String, Integer> waiting) {
    TreeSet<String> left = new TreeSet<>();
    waiting.forEach((v, n) -> {
      if (n > 0) {
        left.add(v);
      }
    });
    List<String> walk = new ArrayList<>();
    String v = left.first();
    while (!walk.contains(v)) {
      walk.add(v);
      v = upstream.getOrDefault(v, List.of()).stream().filter(left::contains).sorted().findFirst().orElseThrow();
    }
    List<String> loop = new ArrayList<>(walk.subList(walk.indexOf(v), walk.size()));
    Collections.reverse(loop); // the walk follows "needs"; data flows the other way
    int start = loop.indexOf(Collections.min(loop));
    List<String> path = new ArrayList<>(loop.subList(start, loop.size()));
    path.addAll(loop.subList(0, start));
    path.add(path.get(0));
    return path;
  }
}
