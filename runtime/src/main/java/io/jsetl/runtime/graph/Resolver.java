package io.jsetl.runtime.graph;

import io.jsetl.runtime.RuntimeErrors;
import io.jsetl.runtime.wiring.InputSpec;
import io.jsetl.runtime.wiring.Key;
import io.jsetl.runtime.wiring.NodeSpec;
import io.jsetl.runtime.wiring.PipelineSpec;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.spark.sql.Encoder;
import org.jspecify.annotations.Nullable;

/**
 * Binds every input of every factory and every requested output, without deciding yet what a run
 * needs: a node whose input cannot be bound is a problem only if it is needed, since the processor
 * reports missing producers only for what is requested, and a spec may carry unneeded factories.
 */
final class Resolver {
  /** The vertices by name, and where each requested output comes from. */
  record Resolution(SortedMap<String, Vertex> vertices, Map<Key, Binding> outputs) {}

  /** A distinct read: the same connector read as the same key with the same encoder is shared. */
  private record SourceKey(String connector, Key key, @Nullable Encoder<?> encoder) {}

  private final PipelineSpec spec;
  private final Map<Key, List<NodeSpec>> producers = new LinkedHashMap<>();
  private final Map<SourceKey, String> sourceNames;

  private Resolver(PipelineSpec spec) {
    this.spec = spec;
    List<String> duplicates =
        spec.nodes().stream()
            .collect(Collectors.groupingBy(NodeSpec::name, TreeMap::new, Collectors.counting()))
            .entrySet()
            .stream()
            .filter(e -> e.getValue() > 1)
            .map(Map.Entry::getKey)
            .toList();
    if (!duplicates.isEmpty()) {
      throw RuntimeErrors.duplicateNodes(spec.name(), duplicates);
    }
    for (NodeSpec node : sortedNodes(spec)) {
      producers.computeIfAbsent(node.output(), k -> new ArrayList<>()).add(node);
    }
    this.sourceNames = nameSources(sortedNodes(spec));
  }

  static Resolution resolve(PipelineSpec spec) {
    return new Resolver(spec).resolveAll();
  }

  private Resolution resolveAll() {
    SortedMap<String, Vertex> vertices = new TreeMap<>();
    sourceNames.forEach(
        (k, name) -> vertices.put(name, new SourceVertex(name, k.connector(), k.key(), k.encoder())));
    for (NodeSpec node : sortedNodes(spec)) {
      List<Binding> bindings = node.inputs().stream().map(in -> bind(node, in)).toList();
      vertices.put(node.name(), new FactoryVertex(node, bindings));
    }
    Map<Key, Binding> outputs = new LinkedHashMap<>();
    spec.outputs().forEach(key -> outputs.computeIfAbsent(key, this::bindOutput));
    return new Resolution(vertices, outputs);
  }

  private Binding bind(NodeSpec node, InputSpec in) {
    if (in.hasSource()) {
      String vertex = sourceNames.get(new SourceKey(in.source(), in.key(), in.encoder()));
      if (vertex == null) {
        throw new IllegalStateException("every source read is named before binding: " + in);
      }
      return new Binding.FromSource(vertex, in.source());
    }
    List<String> candidates =
        producers.getOrDefault(in.key(), List.of()).stream()
            .filter(p -> in.producer().isEmpty() || p.factoryClass().equals(in.producer()))
            .map(NodeSpec::name)
            .toList();
    if (candidates.size() == 1) {
      return new Binding.FromNode(candidates.get(0));
    }
    if (candidates.size() > 1) {
      return new Binding.Unresolved(
          RuntimeErrors.ambiguousProducerProblem(node.name(), in.key(), candidates));
    }
    if (spec.externals().containsKey(in.key())) {
      return new Binding.External(in.key());
    }
    if (in.optional()) {
      return new Binding.Absent(in.key());
    }
    return new Binding.Unresolved(
        RuntimeErrors.missingProducerProblem(node.name(), in.key(), in.producer()));
  }

  private Binding bindOutput(Key key) {
    List<String> candidates =
        producers.getOrDefault(key, List.of()).stream().map(NodeSpec::name).toList();
    if (candidates.size() == 1) {
      return new Binding.FromNode(candidates.get(0));
    }
    if (candidates.size() > 1) {
      return new Binding.Unresolved(RuntimeErrors.ambiguousOutputProblem(key, candidates));
    }
    if (spec.externals().containsKey(key)) {
      return new Binding.External(key);
    }
    return new Binding.Unresolved(RuntimeErrors.missingOutputProblem(key));
  }

  /**
   * {@code source:<connector>}; when one connector is read in several ways, each read also names
   * its key, and a read that differs only by encoder gets {@code #2}, {@code #3}, ... in plan order.
   */
  private static Map<SourceKey, String> nameSources(List<NodeSpec> nodes) {
    Map<String, List<SourceKey>> byConnector = new LinkedHashMap<>();
    for (NodeSpec node : nodes) {
      for (InputSpec in : node.inputs()) {
        if (in.hasSource()) {
          List<SourceKey> reads = byConnector.computeIfAbsent(in.source(), c -> new ArrayList<>());
          SourceKey read = new SourceKey(in.source(), in.key(), in.encoder());
          if (!reads.contains(read)) {
            reads.add(read);
          }
        }
      }
    }
    Map<SourceKey, String> names = new LinkedHashMap<>();
    byConnector.forEach(
        (connector, reads) -> {
          Map<String, Integer> seen = new LinkedHashMap<>();
          for (SourceKey read : reads) {
            String name =
                reads.size() == 1
                    ? "source:" + connector
                    : "source:" + connector + "[" + read.key().display() + "]";
            int n = seen.getOrDefault(name, 0) + 1;
            seen.put(name, n);
            names.put(read, n == 1 ? name : name + "#" + n);
          }
        });
    return names;
  }

  private static List<NodeSpec> sortedNodes(PipelineSpec spec) {
    return spec.nodes().stream().sorted(Comparator.comparing(NodeSpec::name)).toList();
  }
}
