package io.jsetl.runtime.report;

import io.jsetl.runtime.graph.PipelineGraph;

/** The graph in Graphviz DOT, with the same boxes and arrows as the Mermaid diagram. */
public final class DotDiagram {
  private DotDiagram() {}

  public static String render(PipelineGraph graph) {
    Diagram d = Diagram.of(graph);
    StringBuilder out = new StringBuilder();
    out.append("digraph ").append(quote(d.title())).append(" {\n");
    out.append("  rankdir=LR;\n");
    out.append("  node [fontname=\"Helvetica\", fontsize=11];\n");
    out.append("  edge [fontname=\"Helvetica\", fontsize=9];\n");
    for (Diagram.Box b : d.boxes()) {
      out.append("  ").append(b.id()).append(" [label=").append(quote(b.label()))
          .append(", shape=").append(shape(b.kind()));
      if (b.pruned()) {
        out.append(", style=dashed, fontcolor=gray50");
      }
      out.append("];\n");
    }
    for (Diagram.Arrow a : d.arrows()) {
      out.append("  ").append(a.from()).append(" -> ").append(a.to());
      if (!a.label().isEmpty() || a.dotted()) {
        out.append(" [");
        if (!a.label().isEmpty()) {
          out.append("label=").append(quote(a.label()));
        }
        if (a.dotted()) {
          out.append(a.label().isEmpty() ? "" : ", ").append("style=dotted");
        }
        out.append(']');
      }
      out.append(";\n");
    }
    return out.append("}\n").toString();
  }

  private static String shape(Diagram.Kind kind) {
    return switch (kind) {
      case SOURCE -> "cylinder";
      case EXTERNAL -> "cds";
      case FACTORY -> "box";
      case SINK -> "folder";
      case OUTPUT -> "oval";
    };
  }

  private static String quote(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
