package io.jsetl.processor.model.graph;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A pipeline resolved: each requested output and each input of each needed node mapped to where it
 * comes from. Only nodes that a requested output or a sink needs are {@linkplain #needed() needed};
 * the others are part of the pipeline's factories but never run. Every collection is in a
 * deterministic order (nodes by name, inputs by parameter order).
 *
 * @param nodes every node of the pipeline's factories, sorted by name then class
 * @param outputs the resolution of each requested output
 * @param inputs the resolution of each input of each needed node
 * @param needed the nodes that requested outputs and sinks need, sorted like {@code nodes}
 * @param externals what the builder must ask for, sorted by key
 */
public record PipelineGraph(
    PipelineModel pipeline,
    List<NodeModel> nodes,
    Map<OutputModel, Resolution> outputs,
    Map<InputUse, Resolution> inputs,
    Set<NodeModel> needed,
    List<ExternalInput> externals) {
  public PipelineGraph {
    Objects.requireNonNull(pipeline, "pipeline");
    nodes = List.copyOf(nodes);
    outputs = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(outputs));
    inputs = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(inputs));
    needed = java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(needed));
    externals = List.copyOf(externals);
  }

  /** The needed inputs of {@code node} with their resolutions, in parameter order. */
  public List<Map.Entry<InputUse, Resolution>> inputsOf(NodeModel node) {
    return inputs.entrySet().stream().filter(e -> e.getKey().node().equals(node)).toList();
  }
}
