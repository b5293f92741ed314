package io.jsetl.runtime.report;

import io.jsetl.dsl.OnFailure;
import io.jsetl.runtime.wiring.ValidationSpec;
import org.jspecify.annotations.Nullable;

import io.jsetl.runtime.config.CacheSettings;
import io.jsetl.runtime.graph.Binding;
import io.jsetl.runtime.graph.FactoryVertex;
import io.jsetl.runtime.graph.PipelineGraph;
import io.jsetl.runtime.graph.SourceVertex;
import io.jsetl.runtime.graph.Vertex;
import io.jsetl.runtime.optimize.CachePlan;
import io.jsetl.runtime.wiring.InputSpec;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The printable plan: requested outputs, then each stage with its vertices, where every input
 * comes from and where the output goes, then what is cached and why (or why not), then what is
 * pruned and why. Stages are for reading: the scheduler starts a node as soon as its inputs exist,
 * whatever its stage.
 */
public final class PlanText {
  private PlanText() {}

  /** @param defaultMode the mode of a {@code @Validate} that names none */
  public static String render(
      PipelineGraph graph, CachePlan cache, int parallelism, OnFailure defaultMode) {
    StringBuilder out = new StringBuilder();
    long factories = graph.needed().stream().filter(n -> graph.vertex(n) instanceof FactoryVertex).count();
    long sources = graph.needed().size() - factories;
    out.append("Pipeline ").append(graph.pipeline()).append(": ")
        .append(count(factories, "node")).append(" and ").append(count(sources, "source"))
        .append(" in ").append(count(graph.stageCount(), "stage"))
        .append(", parallelism ").append(parallelism)
        .append(" (a node starts as soon as its inputs exist)\n");

    out.append("Requested outputs:").append(graph.outputs().isEmpty() ? " (none)\n" : "\n");
    graph.outputs().forEach(
        (key, binding) -> out.append("  ").append(key.display()).append(" <- ").append(origin(binding)).append('\n'));

    Map<Integer, List<String>> byStage = new TreeMap<>();
    graph.needed().forEach(n -> byStage.computeIfAbsent(graph.stage(n), s -> new ArrayList<>()).add(n));
    byStage.forEach(
        (stage, names) -> {
          out.append("Stage ").append(stage).append(":\n");
          names.forEach(n -> vertex(graph.vertex(n), defaultMode, out));
        });

    caching(graph, cache, out);

    out.append("Pruned:").append(graph.pruned().isEmpty() ? " (none)\n" : "\n");
    graph.pruned().forEach((name, why) -> out.append("  ").append(name).append(": ").append(why).append('\n'));
    return out.toString();
  }

  /** One line per shared value, in plan order (stage, then name): cached, or why not. */
  private static void caching(PipelineGraph graph, CachePlan cache, StringBuilder out) {
    CacheSettings settings = cache.settings();
    out.append("Caching (jsetl.cache = ").append(settings.mode())
        .append(settings.enabled() ? ", " + settings.storageLevel() : "").append("):");
    Map<String, String> lines = new TreeMap<>(
        Comparator.comparingInt(graph::stage).thenComparing(Comparator.naturalOrder()));
    cache.candidates().forEach(
        (name, c) ->
            lines.put(
                name,
                "cached: " + name + " — feeds " + c.feeds()
                    + (c.requested() ? "; stays cached for the caller, as a requested output" : "")));
    cache.notCached().forEach((name, why) -> lines.put(name, "not cached: " + name + " — " + why));
    if (lines.isEmpty()) {
      out.append(" (none: no Dataset feeds two or more nodes or sinks)\n");
      return;
    }
    out.append('\n');
    lines.values().forEach(line -> out.append("  ").append(line).append('\n'));
  }

  private static void vertex(Vertex v, OnFailure defaultMode, StringBuilder out) {
    if (v instanceof SourceVertex s) {
      out.append("  ").append(s.name()).append(" reads connector ").append(s.connector())
          .append(" as ").append(s.output().display()).append('\n');
      return;
    }
    FactoryVertex f = (FactoryVertex) v;
    out.append("  ").append(f.name()).append(" -> ").append(f.output().display()).append('\n');
    for (int i = 0; i < f.inputs().size(); i++) {
      InputSpec in = f.spec().inputs().get(i);
      out.append("    input ").append(in.key().display()).append(" <- ").append(origin(f.inputs().get(i)));
      validated(in.validation(), defaultMode, out);
    }
    if (f.spec().validation() != null) {
      out.append("    output");
      validated(f.spec().validation(), defaultMode, out);
    }
    if (f.hasSink()) {
      out.append("    sink ").append(f.sink()).append('\n');
    }
  }

  /** {@code ; validated: Citizen, 5 rules, DROP to quarantine rejected}, and the line's end. */
  private static void validated(
      @Nullable ValidationSpec spec, OnFailure defaultMode, StringBuilder out) {
    if (spec != null) {
      int rules = spec.rules().rules().size();
      OnFailure mode = spec.mode(defaultMode);
      out.append("; validated: ")
          .append(spec.rules().recordType().getSimpleName()).append(", ").append(count(rules, "rule"))
          .append(", ").append(mode)
          .append(spec.onFailure() == null ? " (jsetl.validation.on-failure)" : "")
          .append(mode == OnFailure.DROP && spec.hasQuarantine() ? " to quarantine " + spec.quarantine() : "");
    }
    out.append('\n');
  }

  private static String origin(Binding b) {
    if (b instanceof Binding.FromSource s) {
      return s.vertex();
    } else if (b instanceof Binding.FromNode n) {
      return n.vertex();
    } else if (b instanceof Binding.External) {
      return "external value given to the builder";
    } else if (b instanceof Binding.Absent) {
      return "nothing (optional: the factory gets null)";
    }
    return "unresolved: " + ((Binding.Unresolved) b).problem();
  }

  private static String count(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
