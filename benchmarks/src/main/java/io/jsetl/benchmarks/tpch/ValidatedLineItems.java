package io.jsetl.benchmarks.tpch;

import io.jsetl.dsl.Pipeline;
import org.apache.spark.sql.Dataset;

/** Reads {@code lineitem}, validates it on read, writes the priced items to {@code out}. */
@Pipeline(factories = ValidatedPricing.class)
public interface ValidatedLineItems {
  Dataset<PricedLineItem> priced();
}
