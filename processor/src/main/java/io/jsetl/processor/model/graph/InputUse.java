package io.jsetl.processor.model.graph;

import java.util.Objects;

/** One input of one node: the unit that is resolved to a producer (an edge of the graph). */
public record InputUse(NodeModel node, InputModel input) {
  public InputUse {
    Objects.requireNonNull(node, "node");
    Objects.requireNonNull(input, "input");
  }
}
