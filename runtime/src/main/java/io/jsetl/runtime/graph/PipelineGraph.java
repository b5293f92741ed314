package io.jsetl.runtime.graph;

import io.jsetl.runtime.RuntimeErrors;
import io.jsetl.runtime.wiring.Key;
import io.jsetl.runtime.wiring.PipelineSpec;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The resolved, pruned and staged graph of one pipeline.
 *
 * <p>What a run needs is decided here, once: the producers of the requested outputs, every node
 * with a sink, and everything those need. Everything else is pruned, with a reason, and never
 * runs. Inconsistencies the processor should have rejected at compile time (a missing or
 * ambiguous producer, a cycle) are reported all together, as a defence against generated code and
 * runtime being out of step.
 */
public final class PipelineGraph {
  private final String pipeline;
  private final SortedMap<String, Vertex> vertices;
  private final Map<Key, Binding> outputs;
  private final Map<String, List<String>> downstream;
  private final SortedSet<String> needed;
  private final Map<String, Integer> stages;
  private final Map<String, Integer> heights;
  private final SortedMap<String, String> pruned;

  private PipelineGraph(
      String pipeline,
      SortedMap<String, Vertex> vertices,
      Map<Key, Binding> outputs,
      Map<String, List<String>> downstream,
      SortedSet<String> needed,
      List<String> order) {
    this.pipeline = pipeline;
    this.vertices = Collections.unmodifiableSortedMap(vertices);
    this.outputs = Collections.unmodifiableMap(outputs);
    this.downstream = downstream;
    this.needed = Collections.unmodifiableSortedSet(needed);
    this.stages = stages(vertices, order);
    this.heights = heights(downstream, needed, order);
    this.pruned = Collections.unmodifiableSortedMap(PruneReasons.of(vertices, needed, downstream));
  }

  /**
   * Builds the graph of a spec.
   *
   * @throws IllegalStateException listing every problem among the needed vertices
   */
  public static PipelineGraph of(PipelineSpec spec) {
    Resolver.Resolution r = Resolver.resolve(spec);
    SortedSet<String> needed = closure(r.vertices(), roots(r.vertices(), r.outputs()));
    List<String> order = checkNeeded(spec.name(), r, needed);
    return new PipelineGraph(
        spec.name(), r.vertices(), r.outputs(), downstreamOf(r.vertices()), needed, order);
  }

  /** Every problem of the needed part, all at once; else its topological order. */
  private static List<String> checkNeeded(
      String pipeline, Resolver.Resolution r, SortedSet<String> needed) {
    List<String> problems = new ArrayList<>();
    r.outputs().values().forEach(b -> unresolved(b).ifPresent(problems::add));
    SortedMap<String, List<String>> upstream = new TreeMap<>();
    for (String name : needed) {
      Vertex v = get(r.vertices(), name);
      upstream.put(name, v.upstream());
      if (v instanceof FactoryVertex f) {
        f.inputs().forEach(b -> unresolved(b).ifPresent(problems::add));
      }
    }
    Topology.Result topology = Topology.sort(upstream);
    if (!topology.cycle().isEmpty()) {
      problems.add(RuntimeErrors.cycleProblem(topology.cycle()));
    }
    if (!problems.isEmpty()) {
      throw RuntimeErrors.invalidGraph(pipeline, problems);
    }
    return topology.order();
  }

  private static Optional<String> unresolved(Binding b) {
    return b instanceof Binding.Unresolved u ? Optional.of(u.problem()) : Optional.empty();
  }

  /** Sources are stage 0; a factory is one stage after its deepest input (stage 1 without any). */
  private static Map<String, Integer> stages(Map<String, Vertex> vertices, List<String> order) {
    Map<String, Integer> stages = new HashMap<>();
    for (String name : order) {
      Vertex v = get(vertices, name);
      int stage =
          v instanceof SourceVertex
              ? 0
              : 1 + v.upstream().stream().mapToInt(u -> get(stages, u)).max().orElse(0);
      stages.put(name, stage);
    }
    return stages;
  }

  private static Map<String, Integer> heights(
      Map<String, List<String>> downstream, SortedSet<String> needed, List<String> order) {
    Map<String, Integer> heights = new HashMap<>();
    for (int i = order.size() - 1; i >= 0; i--) {
      String name = order.get(i);
      int height =
          downstream.getOrDefault(name, List.of()).stream()
              .filter(needed::contains)
              .mapToInt(d -> get(heights, d) + 1)
              .max()
              .orElse(0);
      heights.put(name, height);
    }
    return heights;
  }

  private static Map<String, List<String>> downstreamOf(Map<String, Vertex> vertices) {
    Map<String, List<String>> downstream = new TreeMap<>();
    vertices.forEach(
        (name, v) ->
            v.upstream().forEach(u -> downstream.computeIfAbsent(u, k -> new ArrayList<>()).add(name)));
    downstream.replaceAll((u, consumers) -> consumers.stream().sorted().toList());
    return Collections.unmodifiableMap(downstream);
  }

  private static SortedSet<String> roots(Map<String, Vertex> vertices, Map<Key, Binding> outputs) {
    SortedSet<String> roots = new TreeSet<>();
    outputs.values().forEach(b -> b.upstream().ifPresent(roots::add));
    vertices.values().stream()
        .filter(v -> v instanceof FactoryVertex f && f.hasSink())
        .forEach(v -> roots.add(v.name()));
    return roots;
  }

  private static SortedSet<String> closure(Map<String, Vertex> vertices, Collection<String> from) {
    SortedSet<String> seen = new TreeSet<>();
    Deque<String> todo = new ArrayDeque<>(from);
    while (!todo.isEmpty()) {
      String v = todo.pop();
      if (seen.add(v)) {
        todo.addAll(get(vertices, v).upstream());
      }
    }
    return seen;
  }

  /** A lookup of a name the graph itself produced, so a miss is a bug here. */
  private static <V> V get(Map<String, V> map, String name) {
    V value = map.get(name);
    if (value == null) {
      throw new IllegalStateException("no vertex " + name);
    }
    return value;
  }

  public String pipeline() {
    return pipeline;
  }

  /** Every vertex, pruned ones included, by name. */
  public Collection<Vertex> vertices() {
    return vertices.values();
  }

  public Vertex vertex(String name) {
    Vertex v = vertices.get(name);
    if (v == null) {
      throw new IllegalArgumentException("no vertex " + name + " in pipeline " + pipeline);
    }
    return v;
  }

  /** Each requested output and where it comes from (a factory vertex or an external value). */
  public Map<Key, Binding> outputs() {
    return outputs;
  }

  /** The vertices a full run needs, sorted. */
  public SortedSet<String> needed() {
    return needed;
  }

  public boolean isNeeded(String name) {
    return needed.contains(name);
  }

  /** Pruned vertices and why, sorted by name. */
  public SortedMap<String, String> pruned() {
    return pruned;
  }

  /** The topological level of a needed vertex (sources 0), or -1 for a pruned one. */
  public int stage(String name) {
    return stages.getOrDefault(name, -1);
  }

  /** How many stages the needed vertices span, stage 0 included. */
  public int stageCount() {
    return stages.values().stream().mapToInt(s -> s + 1).max().orElse(0);
  }

  /**
   * The length of the longest chain of needed vertices that wait for this one: a scheduler that
   * starts the highest first shortens the critical path.
   */
  public int height(String name) {
    return heights.getOrDefault(name, 0);
  }

  /** Every vertex (needed or not) that consumes this one's value, sorted. */
  public List<String> downstream(String name) {
    return downstream.getOrDefault(name, List.of());
  }

  /** What must run for the whole pipeline: producers of requested outputs, and every sink. */
  public SortedSet<String> roots() {
    return roots(vertices, outputs);
  }

  /** The given vertices and everything they need, transitively. */
  public SortedSet<String> closure(Collection<String> from) {
    return closure(vertices, from);
  }
}
