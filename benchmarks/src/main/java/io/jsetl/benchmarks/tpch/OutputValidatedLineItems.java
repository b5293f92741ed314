package io.jsetl.benchmarks.tpch;

import io.jsetl.dsl.Pipeline;
import org.apache.spark.sql.Dataset;

/** Reads {@code lineitem}, prices it, validates the result before writing it to {@code out}. */
@Pipeline(factories = OutputValidatedPricing.class)
public interface OutputValidatedLineItems {
  Dataset<PricedLineItem> priced();
}
