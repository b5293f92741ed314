package io.jsetl.benchmarks.tpch;

import io.jsetl.dsl.Deliver;
import io.jsetl.dsl.Input;
import org.apache.spark.sql.Dataset;

/** {@link ValidatedPricing} without {@code @Validate}: what jsetl itself costs, without checks. */
public class PlainPricing {
  @Deliver(sink = "out")
  public Dataset<PricedLineItem> priced(@Input(source = "lineitem") Dataset<LineItem> items) {
    return Pricing.apply(items).as(PricedLineItem_.ENCODER);
  }
}
