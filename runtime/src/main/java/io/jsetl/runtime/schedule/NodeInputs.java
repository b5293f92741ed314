package io.jsetl.runtime.schedule;

import io.jsetl.runtime.RunContext;
import io.jsetl.runtime.RuntimeErrors;
import io.jsetl.runtime.wiring.Inputs;
import org.jspecify.annotations.Nullable;

/**
 * The inputs of one factory call, by position, as the generated invoker reads them; the session
 * and configuration are those of the node's {@link NodeContext}.
 */
final class NodeInputs implements Inputs {
  private final NodeContext context;
  private final @Nullable Object[] values;

  NodeInputs(RunState state, String node, @Nullable Object[] values) {
    this.context = new NodeContext(state, node);
    this.values = values;
  }

  @Override
  @SuppressWarnings("unchecked")
  public <T> T get(int index) {
    if (index < 0 || index >= values.length) {
      throw RuntimeErrors.noSuchInput(context.node(), index, values.length);
    }
    return (T) values[index];
  }

  @Override
  public RunContext context() {
    return context;
  }
}
