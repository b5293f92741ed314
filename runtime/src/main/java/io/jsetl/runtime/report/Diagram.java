package io.jsetl.runtime.report;

import io.jsetl.runtime.graph.Binding;
import io.jsetl.runtime.graph.FactoryVertex;
import io.jsetl.runtime.graph.PipelineGraph;
import io.jsetl.runtime.graph.SourceVertex;
import io.jsetl.runtime.graph.Vertex;
import io.jsetl.runtime.wiring.Key;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The picture of a pipeline, independent of any diagram language: boxes (sources, external
 * values, factories, sinks, requested outputs) and arrows, each sorted, with short identifiers
 * that every diagram language accepts. Mermaid and DOT render this same model, so they always
 * show the same graph.
 */
final class Diagram {
  enum Kind {
    SOURCE,
    EXTERNAL,
    FACTORY,
    SINK,
    OUTPUT
  }

  record Box(String id, Kind kind, String label, boolean pruned) {}

  /** {@code dotted} marks the hand-over of a requested output rather than a data dependency. */
  record Arrow(String from, String to, String label, boolean dotted) {}

  private final String title;
  private final Map<String, Box> boxes = new TreeMap<>();
  private final TreeSet<Arrow> arrows =
      new TreeSet<>(Comparator.comparing(Arrow::from).thenComparing(Arrow::to).thenComparing(Arrow::label));
  private final Map<String, String> ids = new HashMap<>();
  private final TreeSet<String> usedIds = new TreeSet<>();

  private Diagram(String title) {
    this.title = title;
  }

  static Diagram of(PipelineGraph graph) {
    Diagram d = new Diagram(graph.pipeline());
    for (Vertex v : graph.vertices()) {
      boolean pruned = !graph.isNeeded(v.name());
      if (v instanceof SourceVertex s) {
        d.box(s.name(), Kind.SOURCE, s.name().substring("source:".length()), pruned);
      } else if (v instanceof FactoryVertex f) {
        d.box("node:" + f.name(), Kind.FACTORY, f.name(), pruned);
        d.factoryArrows(f, pruned);
      }
    }
    graph.outputs().forEach(d::output);
    return d;
  }

  private void factoryArrows(FactoryVertex f, boolean pruned) {
    String to = id("node:" + f.name());
    for (int i = 0; i < f.inputs().size(); i++) {
      Binding b = f.inputs().get(i);
      Key key = f.spec().inputs().get(i).key();
      if (b instanceof Binding.FromSource s) {
        arrows.add(new Arrow(id(s.vertex()), to, key.display(), false));
      } else if (b instanceof Binding.FromNode n) {
        arrows.add(new Arrow(id("node:" + n.vertex()), to, key.display(), false));
      } else if (b instanceof Binding.External e) {
        arrows.add(new Arrow(external(e.key(), pruned), to, "", false));
      }
    }
    if (f.hasSink()) {
      box("sink:" + f.sink(), Kind.SINK, f.sink(), pruned);
      arrows.add(new Arrow(to, id("sink:" + f.sink()), "", false));
    }
    for (String quarantine : f.spec().quarantines()) {
      box("sink:" + quarantine, Kind.SINK, quarantine, pruned);
      arrows.add(new Arrow(to, id("sink:" + quarantine), "rejected rows", true));
    }
  }

  private void output(Key key, Binding binding) {
    String out = box("output:" + key.display(), Kind.OUTPUT, key.display() + " (requested)", false);
    if (binding instanceof Binding.FromNode n) {
      arrows.add(new Arrow(id("node:" + n.vertex()), out, "", true));
    } else if (binding instanceof Binding.External e) {
      arrows.add(new Arrow(external(e.key(), false), out, "", true));
    }
  }

  private String external(Key key, boolean pruned) {
    return box("external:" + key.display(), Kind.EXTERNAL, key.display() + " (external)", pruned);
  }

  /** A box drawn for several vertices (a sink, an external value) is pruned only if all are. */
  private String box(String name, Kind kind, String label, boolean pruned) {
    String id = id(name);
    boxes.merge(
        name,
        new Box(id, kind, label, pruned),
        (a, b) -> new Box(a.id(), a.kind(), a.label(), a.pruned() && b.pruned()));
    return id;
  }

  /**
   * A stable identifier of letters, digits and underscores, prefixed by kind so that it never
   * starts with a digit or equals a keyword ({@code end} in Mermaid, {@code node} in DOT).
   */
  private String id(String name) {
    return ids.computeIfAbsent(
        name,
        n -> {
          int colon = n.indexOf(':');
          String prefix =
              switch (n.substring(0, colon)) {
                case "source" -> "src";
                case "node" -> "n";
                case "external" -> "ext";
                case "output" -> "out";
                default -> n.substring(0, colon);
              };
          String rest = n.substring(colon + 1).replaceAll("[^A-Za-z0-9]+", "_");
          String base = prefix + "_" + rest.replaceAll("_+$", "");
          String id = base;
          for (int i = 2; !usedIds.add(id); i++) {
            id = base + "_" + i;
          }
          return id;
        });
  }

  String title() {
    return title;
  }

  /** Sorted by kind, then identifier. */
  List<Box> boxes() {
    List<Box> sorted = new ArrayList<>(boxes.values());
    sorted.sort(Comparator.comparing(Box::kind).thenComparing(Box::id));
    return sorted;
  }

  List<Arrow> arrows() {
    return List.copyOf(arrows);
  }
}
