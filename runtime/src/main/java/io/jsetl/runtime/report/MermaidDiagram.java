package io.jsetl.runtime.report;

import io.jsetl.runtime.graph.PipelineGraph;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The graph as a Mermaid {@code flowchart LR}: sources as cylinders, factories as boxes, external
 * values as flags, sinks as parallelograms, requested outputs as stadiums; pruned boxes dashed.
 */
public final class MermaidDiagram {
  private MermaidDiagram() {}

  public static String render(PipelineGraph graph) {
    Diagram d = Diagram.of(graph);
    StringBuilder out = new StringBuilder();
    out.append("flowchart LR\n");
    out.append("  %% jsetl pipeline ").append(d.title()).append('\n');
    for (Diagram.Box b : d.boxes()) {
      out.append("  ").append(b.id()).append(shape(b.kind(), quote(b.label()))).append('\n');
    }
    for (Diagram.Arrow a : d.arrows()) {
      out.append("  ").append(a.from()).append(a.dotted() ? " -.->" : " -->");
      if (!a.label().isEmpty()) {
        out.append('|').append(quote(a.label())).append('|');
      }
      out.append(' ').append(a.to()).append('\n');
    }
    List<String> pruned = d.boxes().stream().filter(Diagram.Box::pruned).map(Diagram.Box::id).toList();
    if (!pruned.isEmpty()) {
      out.append("  classDef pruned stroke-dasharray: 4 4,color:#888\n");
      out.append("  class ").append(pruned.stream().collect(Collectors.joining(","))).append(" pruned\n");
    }
    return out.toString();
  }

  private static String shape(Diagram.Kind kind, String label) {
    return switch (kind) {
      case SOURCE -> "[(" + label + ")]";
      case EXTERNAL -> ">" + label + "]";
      case FACTORY -> "[" + label + "]";
      case SINK -> "[/" + label + "/]";
      case OUTPUT -> "([" + label + "])";
    };
  }

  /** Mermaid entity codes keep generic types ({@code Dataset<X>}) and quotes from breaking labels. */
  private static String quote(String label) {
    return "\""
        + label.replace("\"", "#quot;").replace("<", "#lt;").replace(">", "#gt;")
        + "\"";
  }
}
