package io.jsetl.runtime.schedule;

import com.typesafe.config.Config;
import io.jsetl.runtime.RunContext;
import org.apache.spark.sql.SparkSession;

/** The {@link RunContext} a factory may ask for. */
final class NodeContext implements RunContext {
  private final RunState state;
  private final String node;

  NodeContext(RunState state, String node) {
    this.state = state;
    this.node = node;
  }

  @Override
  public String pipeline() {
    return state.pipeline();
  }

  @Override
  public String node() {
    return node;
  }

  @Override
  public String runId() {
    return state.runId();
  }

  @Override
  public SparkSession spark() {
    return state.spark().get();
  }

  @Override
  public Config config() {
    return state.config();
  }
}
