package io.jsetl.runtime.graph;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Why each vertex outside the needed set is pruned, in words that point at what would make it run
 * (request its output, give it a sink, or have a needed node consume it).
 */
final class PruneReasons {
  private PruneReasons() {}

  static SortedMap<String, String> of(
      Map<String, Vertex> vertices, Set<String> needed, Map<String, List<String>> downstream) {
    SortedMap<String, String> reasons = new TreeMap<>();
    vertices.forEach(
        (name, vertex) -> {
          if (!needed.contains(name)) {
            reasons.put(name, reason(vertex, downstream.getOrDefault(name, List.of())));
          }
        });
    return reasons;
  }

  private static String reason(Vertex vertex, List<String> consumers) {
    String consumedBy =
        consumers.isEmpty()
            ? "no factory consumes it"
            : "only pruned nodes consume it (" + String.join(", ", consumers) + ")";
    if (vertex instanceof SourceVertex) {
      return "only pruned nodes read it (" + String.join(", ", consumers) + ")";
    }
    return "its output "
        + vertex.output().display()
        + " is not requested, it has no sink, and "
        + consumedBy;
  }
}
