package io.jsetl.processor.validation.graph;

import io.jsetl.processor.model.graph.InputUse;
import io.jsetl.processor.model.graph.NodeModel;
import io.jsetl.processor.model.graph.PipelineGraph;
import io.jsetl.processor.model.graph.Resolution;
import io.jsetl.processor.validation.Code;
import io.jsetl.processor.validation.Messages;
import io.jsetl.processor.validation.Report;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code Cycle}: needed nodes that depend on each other in a loop. Cycles are found cheaply as the
 * strongly connected components of the graph (Tarjan); each component is reported once, as its
 * shortest cycle, starting at the first node by name, printed in the direction data flows ({@code
 * A.a -> B.b -> A.a}: the output of {@code A.a} is an input of {@code B.b}, and back). The
 * diagnostic points at the parameter of the first node that closes the cycle.
 */
public final class CycleValidator implements GraphValidator {
  @Override
  public void validate(PipelineGraph graph, Report report) {
    Map<NodeModel, List<NodeModel>> dependsOn = dependencies(graph);
    for (Set<NodeModel> component : new Tarjan(dependsOn).components()) {
      List<NodeModel> cycle = shortestCycle(component, dependsOn);
      if (cycle.isEmpty()) {
        continue; // a single node that does not depend on itself
      }
      // cycle = [s, p1, ..., pk, s], each depending on the next; data flows the other way.
      List<NodeModel> flow = new ArrayList<>(cycle);
      Collections.reverse(flow);
      NodeModel start = cycle.get(0);
      NodeModel closing = cycle.get(1);
      InputUse anchor =
          graph.inputsOf(start).stream()
              .filter(e -> e.getValue().producers().contains(closing))
              .map(Map.Entry::getKey)
              .findFirst()
              .orElseThrow();
      String path = "`" + String.join(" -> ", flow.stream().map(NodeModel::name).toList()) + "`";
      report.add(
          Code.Cycle, Messages.cycle(graph.pipeline().name(), path), anchor.input().element());
    }
  }

  /** Each needed node to the nodes it takes inputs from, in graph order. */
  private static Map<NodeModel, List<NodeModel>> dependencies(PipelineGraph graph) {
    Map<NodeModel, List<NodeModel>> dependsOn = new LinkedHashMap<>();
    for (NodeModel node : graph.needed()) {
      Set<NodeModel> producers = new LinkedHashSet<>();
      for (Map.Entry<InputUse, Resolution> e : graph.inputsOf(node)) {
        producers.addAll(e.getValue().producers());
      }
      dependsOn.put(node, List.copyOf(producers));
    }
    return dependsOn;
  }

  /**
   * The shortest cycle inside {@code component} as {@code [s, ..., s]}, with {@code s} the first
   * node (in graph order) that lies on a shortest one; empty if the component has no cycle.
   */
  private static List<NodeModel> shortestCycle(
      Set<NodeModel> component, Map<NodeModel, List<NodeModel>> dependsOn) {
    List<NodeModel> best = List.of();
    for (NodeModel start : component) {
      List<NodeModel> cycle = shortestPathBack(start, component, dependsOn);
      if (!cycle.isEmpty() && (best.isEmpty() || cycle.size() < best.size())) {
        best = cycle;
      }
    }
    return best;
  }

  /** Breadth-first from {@code start} back to itself, inside the component. */
  private static List<NodeModel> shortestPathBack(
      NodeModel start, Set<NodeModel> component, Map<NodeModel, List<NodeModel>> dependsOn) {
    Map<NodeModel, NodeModel> previous = new HashMap<>();
    Deque<NodeModel> queue = new ArrayDeque<>(List.of(start));
    while (!queue.isEmpty()) {
      NodeModel node = queue.removeFirst();
      for (NodeModel next : dependsOn.getOrDefault(node, List.of())) {
        if (next.equals(start)) {
          List<NodeModel> path = new ArrayList<>();
          path.add(start);
          for (NodeModel n = node; n != start; n = previous.get(n)) {
            path.add(1, n);
          }
          path.add(start);
          return path;
        }
        if (component.contains(next) && !previous.containsKey(next)) {
          previous.put(next, node);
          queue.addLast(next);
        }
      }
    }
    return List.of();
  }

  /** Tarjan's strongly connected components; components and their nodes in graph order. */
  private static final class Tarjan {
    private final Map<NodeModel, List<NodeModel>> edges;
    private final Map<NodeModel, Integer> index = new HashMap<>();
    private final Map<NodeModel, Integer> low = new HashMap<>();
    private final Deque<NodeModel> stack = new ArrayDeque<>();
    private final Set<NodeModel> onStack = new java.util.HashSet<>();
    private final List<Set<NodeModel>> components = new ArrayList<>();

    Tarjan(Map<NodeModel, List<NodeModel>> edges) {
      this.edges = edges;
    }

    List<Set<NodeModel>> components() {
      for (NodeModel node : edges.keySet()) {
        if (!index.containsKey(node)) {
          visit(node);
        }
      }
      List<NodeModel> order = new ArrayList<>(edges.keySet());
      List<Set<NodeModel>> sorted = new ArrayList<>();
      for (Set<NodeModel> component : components) {
        Set<NodeModel> inOrder = new LinkedHashSet<>();
        order.stream().filter(component::contains).forEach(inOrder::add);
        sorted.add(inOrder);
      }
      sorted.sort(java.util.Comparator.comparingInt(c -> order.indexOf(c.iterator().next())));
      return sorted;
    }

    private void visit(NodeModel node) {
      index.put(node, index.size());
      low.put(node, index.get(node));
      stack.push(node);
      onStack.add(node);
      for (NodeModel next : edges.getOrDefault(node, List.of())) {
        if (!index.containsKey(next)) {
          visit(next);
          low.put(node, Math.min(low.get(node), low.get(next)));
        } else if (onStack.contains(next)) {
          low.put(node, Math.min(low.get(node), index.get(next)));
        }
      }
      if (low.get(node).equals(index.get(node))) {
        Set<NodeModel> component = new java.util.HashSet<>();
        NodeModel member;
        do {
          member = stack.pop();
          onStack.remove(member);
          component.add(member);
        } while (!member.equals(node));
        components.add(component);
      }
    }
  }
}
