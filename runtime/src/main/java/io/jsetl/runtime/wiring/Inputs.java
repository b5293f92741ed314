package io.jsetl.runtime.wiring;

import com.typesafe.config.Config;
import io.jsetl.runtime.RunContext;
import org.apache.spark.sql.SparkSession;

/** What a generated invoker hands to a factory method: its inputs by position, and injectables. */
public interface Inputs {
  /** The value of the {@code index}-th {@link InputSpec} of the node ({@code null} if optional and absent). */
  <T> T get(int index);

  /** The run's session: the one of {@link #context()}. */
  default SparkSession spark() {
    return context().spark();
  }

  /** The run's configuration: the one of {@link #context()}. */
  default Config config() {
    return context().config();
  }

  RunContext context();
}
