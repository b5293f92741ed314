package io.jsetl.benchmarks.chain;

import io.jsetl.dsl.Named;
import io.jsetl.dsl.Pipeline;
import org.apache.spark.sql.Dataset;

/** The benchmark pipeline: the end of the chain. */
@Pipeline(factories = ChainFactories.class)
public interface Chain {
  @Named("s20")
  Dataset<Point> result();
}
