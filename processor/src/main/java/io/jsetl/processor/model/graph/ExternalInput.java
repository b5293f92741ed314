package io.jsetl.processor.model.graph;

import java.util.List;
import java.util.Objects;
import javax.lang.model.type.TypeMirror;

/**
 * An input that no factory of the pipeline produces and no source binds: the generated builder asks
 * for it.
 *
 * @param type the declared type of its first consumer (for the builder step's parameter)
 * @param optional every consumer is optional, so the builder step is optional too
 * @param consumers the parameters that need it, in the graph's order
 */
public record ExternalInput(
    DeliverableKey key, TypeMirror type, boolean optional, List<InputUse> consumers) {
  public ExternalInput {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(type, "type");
    consumers = List.copyOf(consumers);
    if (consumers.isEmpty()) {
      throw new IllegalArgumentException("an external input without consumers: " + key);
    }
  }

  /** The parameter where diagnostics about this input point. */
  public InputUse firstConsumer() {
    return consumers.get(0);
  }
}
