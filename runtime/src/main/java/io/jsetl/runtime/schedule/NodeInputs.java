package io.jsetl.runtime.schedule;

import com.typesafe.config.Config;
import io.jsetl.runtime.RunContext;
import io.jsetl.runtime.RuntimeErrors;
import io.jsetl.runtime.wiring.Inputs;
import org.apache.spark.sql.SparkSession;
import org.jspecify.annotations.Nullable;

/** The inputs of one factory call, by position, as the generated invoker reads them. */
final class NodeInputs implements Inputs {
  private final RunState state;
  private final String node;
  private final @Nullable Object[] values;

  NodeInputs(RunState state, String node, @Nullable Object[] values) {
    this.state = state;
    this.node = node;
    this.values = values;
  }

  @Override
  @SuppressWarnings("unchecked")
  public <T> T get(int index) {
    if (index < 0 || index >= values.length) {
      throw RuntimeErrors.noSuchInput(node, index, values.length);
    }
    return (T) values[index];
  }

  @Override
  public SparkSession spark() {
    return state.spark().get();
  }

  @Override
  public Config config() {
    return state.config();
  }

  @Override
  public RunContext context() {
    return new NodeContext(state, node);
  }
}
