package io.jsetl.processor.model.graph;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Resolves a {@link PipelineModel} into its {@link PipelineGraph}: which node delivers each
 * requested output and each input of each needed node, and what is left for the builder.
 *
 * <p>The rules, in order, for one input: a {@code source} reads it from a connector; otherwise the
 * nodes delivering its exact key (restricted to {@code producer}'s class when set) produce it; if
 * none does and its id is delivered as another type, that is a mismatch; if a producer was
 * required, it is missing (or absent, when optional); otherwise it is an external input of the
 * builder.
 */
public final class GraphResolver {
  /** Nodes by name, then by class, so that same-named methods of two classes stay ordered. */
  private static final Comparator<NodeModel> NODE_ORDER =
      Comparator.comparing(NodeModel::name).thenComparing(NodeModel::factoryName);

  private final PipelineModel pipeline;
  private final List<NodeModel> nodes;
  private final Map<DeliverableKey, List<NodeModel>> byKey;
  private final Map<String, List<NodeModel>> byId;
  private final Set<String> factoryNames;

  private GraphResolver(PipelineModel pipeline) {
    this.pipeline = pipeline;
    this.nodes =
        pipeline.distinctFactories().stream()
            .flatMap(f -> f.nodes().stream())
            .sorted(NODE_ORDER)
            .toList();
    this.byKey =
        nodes.stream()
            .collect(Collectors.groupingBy(NodeModel::output, TreeMap::new, Collectors.toList()));
    this.byId =
        nodes.stream()
            .filter(n -> !n.output().hasDefaultId())
            .collect(
                Collectors.groupingBy(n -> n.output().id(), TreeMap::new, Collectors.toList()));
    this.factoryNames =
        pipeline.distinctFactories().stream()
            .map(FactoryModel::qualifiedName)
            .collect(Collectors.toSet());
  }

  public static PipelineGraph resolve(PipelineModel pipeline) {
    return new GraphResolver(pipeline).resolve();
  }

  private PipelineGraph resolve() {
    Map<OutputModel, Resolution> outputs = new LinkedHashMap<>();
    Deque<NodeModel> work = new ArrayDeque<>();
    for (OutputModel output : pipeline.outputs()) {
      Resolution r = resolveOutput(output);
      outputs.put(output, r);
      work.addAll(r.producers());
    }
    nodes.stream().filter(NodeModel::hasSink).forEach(work::add);

    Set<NodeModel> reached = new HashSet<>();
    Map<InputUse, Resolution> inputs = new LinkedHashMap<>();
    while (!work.isEmpty()) {
      NodeModel node = work.removeFirst();
      if (!reached.add(node)) {
        continue;
      }
      for (InputModel input : node.inputs()) {
        Resolution r = resolveInput(input);
        inputs.put(new InputUse(node, input), r);
        work.addAll(r.producers());
      }
    }

    Set<NodeModel> needed = new LinkedHashSet<>();
    nodes.stream().filter(reached::contains).forEach(needed::add);
    Map<InputUse, Resolution> sortedInputs = new LinkedHashMap<>();
    for (NodeModel node : needed) {
      inputs.forEach(
          (use, r) -> {
            if (use.node().equals(node)) {
              sortedInputs.put(use, r);
            }
          });
    }
    return new PipelineGraph(
        pipeline, nodes, outputs, sortedInputs, needed, externals(sortedInputs));
  }

  private Resolution resolveOutput(OutputModel output) {
    List<NodeModel> candidates = byKey.getOrDefault(output.key(), List.of());
    if (!candidates.isEmpty()) {
      return produced(candidates);
    }
    List<NodeModel> sameId = sameId(output.key(), null);
    return sameId.isEmpty()
        ? new Resolution.Missing(Resolution.Missing.Reason.OUTPUT_NOT_DELIVERED)
        : new Resolution.Mismatched(sameId);
  }

  private Resolution resolveInput(InputModel input) {
    if (input.source() != null) {
      return new Resolution.FromSource();
    }
    ProducerRef producer = input.producer();
    List<NodeModel> candidates =
        byKey.getOrDefault(input.key(), List.of()).stream()
            .filter(n -> producer == null || n.factoryName().equals(qualifiedName(producer)))
            .toList();
    if (!candidates.isEmpty()) {
      return produced(candidates);
    }
    List<NodeModel> sameId = sameId(input.key(), producer);
    if (!sameId.isEmpty()) {
      return new Resolution.Mismatched(sameId);
    }
    if (producer != null) {
      if (input.optional()) {
        return new Resolution.Absent();
      }
      return new Resolution.Missing(
          factoryNames.contains(qualifiedName(producer))
              ? Resolution.Missing.Reason.PRODUCER_DELIVERS_NOTHING
              : Resolution.Missing.Reason.PRODUCER_NOT_IN_PIPELINE);
    }
    return new Resolution.External(input.key());
  }

  private static Resolution produced(List<NodeModel> candidates) {
    return candidates.size() == 1
        ? new Resolution.Produced(candidates.get(0))
        : new Resolution.Ambiguous(candidates);
  }

  /** Nodes delivering {@code key}'s id as another type; none for the default id, shared by all. */
  private List<NodeModel> sameId(DeliverableKey key, ProducerRef producer) {
    if (key.hasDefaultId()) {
      return List.of();
    }
    return byId.getOrDefault(key.id(), List.of()).stream()
        .filter(n -> producer == null || n.factoryName().equals(qualifiedName(producer)))
        .toList();
  }

  private static String qualifiedName(ProducerRef producer) {
    return producer.type().getQualifiedName().toString();
  }

  private static List<ExternalInput> externals(Map<InputUse, Resolution> inputs) {
    Map<DeliverableKey, List<InputUse>> consumers = new TreeMap<>();
    inputs.forEach(
        (use, r) -> {
          if (r instanceof Resolution.External external) {
            consumers.computeIfAbsent(external.key(), k -> new ArrayList<>()).add(use);
          }
        });
    List<ExternalInput> externals = new ArrayList<>();
    consumers.forEach(
        (key, uses) ->
            externals.add(
                new ExternalInput(
                    key,
                    uses.get(0).input().type(),
                    uses.stream().allMatch(u -> u.input().optional()),
                    uses)));
    return externals;
  }
}
