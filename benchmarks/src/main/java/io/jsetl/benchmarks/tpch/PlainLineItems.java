package io.jsetl.benchmarks.tpch;

import io.jsetl.dsl.Pipeline;
import org.apache.spark.sql.Dataset;

/** {@link ValidatedLineItems} without validation. */
@Pipeline(factories = PlainPricing.class)
public interface PlainLineItems {
  Dataset<PricedLineItem> priced();
}
