package io.jsetl.runtime;

import com.typesafe.config.Config;
import org.apache.spark.sql.SparkSession;

/** Injected into a factory parameter of this type: where and in which run the factory is called. */
public interface RunContext {
  /** The simple name of the {@code @Pipeline} interface. */
  String pipeline();

  /** The node being run, {@code SimpleClassName.method}. */
  String node();

  /** A unique id of this run. */
  String runId();

  SparkSession spark();

  Config config();
}
