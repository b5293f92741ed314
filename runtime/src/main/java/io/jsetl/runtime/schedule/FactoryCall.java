package io.jsetl.runtime.schedule;

import io.jsetl.runtime.RuntimeErrors;
import io.jsetl.runtime.graph.Binding;
import io.jsetl.runtime.graph.FactoryVertex;
import io.jsetl.runtime.validate.Validations;
import io.jsetl.runtime.wiring.InputSpec;
import io.jsetl.runtime.wiring.ValidationSpec;
import java.util.concurrent.Callable;
import org.apache.spark.sql.Dataset;
import org.jspecify.annotations.Nullable;

/**
 * Calls one factory with its inputs, then writes its sink if it has one. The sink is part of the
 * node, so it is written exactly once, when the node runs, whichever call (an output or {@code
 * run()}) needed the node first. The value is handed to the cache in between: the sink is one of
 * its consumers, and when it is shared, the sink's write is what fills the cache.
 *
 * <p>Validated inputs are wrapped before the factory sees them, a validated output before the
 * cache, the sink and any consumer see it: the checks then run inside whichever job reads the data
 * first. A Spark job stopped by a {@code FAIL} guard (this node's or an upstream one's) surfaces as
 * the guard's {@code ValidationException}.
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
    try {
      return callFactory();
    } catch (RuntimeException e) {
      throw state.validations().translate(e);
    }
  }

  private @Nullable Object callFactory() throws Exception {
    @Nullable Object[] args = new Object[factory.inputs().size()];
    for (int i = 0; i < args.length; i++) {
      InputSpec input = factory.spec().inputs().get(i);
      args[i] = checked(value(factory.inputs().get(i)), input.validation(), inputTarget(input, i));
    }
    Object out = factory.spec().invoker().invoke(new NodeInputs(state, factory.name(), args));
    ValidationSpec validation = factory.spec().validation();
    out = checked(out, validation, Validations.OUTPUT);
    if (out != null) { // null is rejected by the task, with its own message
      state.cache().produced(factory.name(), out);
      if (factory.hasSink()) {
        write(out);
        if (validation != null) {
          state.validations().settleOutput(factory.name());
        }
      }
    }
    return out;
  }

  private @Nullable Object checked(
      @Nullable Object value, @Nullable ValidationSpec validation, String target) {
    if (validation == null || value == null) {
      return value;
    }
    if (!(value instanceof Dataset<?> data)) {
      throw RuntimeErrors.validatedNotADataset(factory.name(), target, value.getClass());
    }
    return state.validations().check(factory.name(), target, validation, data);
  }

  /** {@code input <id>}, or the source it is read from, or its position. */
  private static String inputTarget(InputSpec input, int index) {
    if (!input.key().id().isEmpty()) {
      return "input " + input.key().id();
    }
    return input.hasSource() ? "input from " + input.source() : "input #" + (index + 1);
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
