package io.jsetl.runtime.graph;

import io.jsetl.runtime.wiring.Key;
import io.jsetl.runtime.wiring.NodeSpec;
import java.util.List;
import java.util.Objects;

/**
 * A factory method with each of its inputs bound.
 *
 * @param inputs one binding per {@link NodeSpec#inputs()} entry, same order
 */
public record FactoryVertex(NodeSpec spec, List<Binding> inputs) implements Vertex {
  public FactoryVertex {
    Objects.requireNonNull(spec, "spec");
    inputs = List.copyOf(inputs);
    if (inputs.size() != spec.inputs().size()) {
      throw new IllegalArgumentException(
          spec.name() + ": " + inputs.size() + " bindings for " + spec.inputs().size() + " inputs");
    }
  }

  @Override
  public String name() {
    return spec.name();
  }

  @Override
  public Key output() {
    return spec.output();
  }

  @Override
  public List<String> upstream() {
    return inputs.stream().flatMap(b -> b.upstream().stream()).distinct().toList();
  }

  /** The connector its output is written to, or {@code ""}. */
  public String sink() {
    return spec.sink();
  }

  public boolean hasSink() {
    return spec.hasSink();
  }
}
