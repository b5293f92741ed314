package io.jsetl.runtime.schedule;

import io.jsetl.runtime.RuntimeErrors;
import io.jsetl.runtime.graph.Binding;
import io.jsetl.runtime.graph.FactoryVertex;
import java.util.concurrent.Callable;
import org.apache.spark.sql.Dataset;
import org.jspecify.annotations.Nullable;

/**
 * Calls one factory with its inputs, then writes its sink if it has one. The sink is part of the
 * node, so it is written exactly once, when the node runs, whichever call (an output or {@code
 * run()}) needed the node first. The value is handed to the cache in between: the sink is one of
 * its consumers, and when it is shared, the sink's write is what fills the cache.
 */
final class FactoryCall implements Callable<@Nullable Object> {
  private final FactoryVertex factory;
  private final RunState state;

  FactoryCall(FactoryVertex factory, RunState state) {
    this.factory = factory;
    this.state = state;
  }

  @Override
  public @Nullable Object call() throws Exception {
    @Nullable Object[] args = new Object[factory.inputs().size()];
    for (int i = 0; i < args.length; i++) {
      args[i] = value(factory.inputs().get(i));
    }
    Object out = factory.spec().invoker().invoke(new NodeInputs(state, factory.name(), args));
    if (out != null) { // null is rejected by the task, with its own message
      state.cache().produced(factory.name(), out);
      if (factory.hasSink()) {
        write(out);
      }
    }
    return out;
  }

  private @Nullable Object value(Binding binding) {
    if (binding instanceof Binding.FromSource s) {
      return state.values().get(s.vertex());
    } else if (binding instanceof Binding.FromNode n) {
      return state.values().get(n.vertex());
    } else if (binding instanceof Binding.External e) {
      return state.externals().get(e.key());
    } else if (binding instanceof Binding.Absent) {
      return null;
    }
    // The graph refuses to build when a needed node has an unresolved input.
    throw new IllegalStateException(((Binding.Unresolved) binding).problem());
  }

  private void write(Object out) {
    if (!(out instanceof Dataset<?> data)) {
      throw RuntimeErrors.sinkNeedsDataset(factory.name(), factory.sink(), out.getClass());
    }
    try {
      state.connectors().get().get(factory.sink()).write(data);
    } catch (RuntimeException e) {
      throw RuntimeErrors.sinkWriteFailed(factory.name(), factory.sink(), e);
    }
  }
}
