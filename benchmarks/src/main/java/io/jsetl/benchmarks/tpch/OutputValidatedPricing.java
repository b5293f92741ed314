package io.jsetl.benchmarks.tpch;

import io.jsetl.dsl.Deliver;
import io.jsetl.dsl.Input;
import io.jsetl.dsl.OnFailure;
import io.jsetl.dsl.Validate;
import org.apache.spark.sql.Dataset;

/**
 * The benchmark's jsetl job with validation of the output: the priced items are checked against
 * {@code PricedLineItem_.RULES} (the same 18 rules) right before they are written to {@code out}.
 */
public class OutputValidatedPricing {
  @Deliver(sink = "out")
  @Validate(onFailure = OnFailure.REPORT)
  public Dataset<PricedLineItem> priced(@Input(source = "lineitem") Dataset<LineItem> items) {
    return Pricing.apply(items).as(PricedLineItem_.ENCODER);
  }
}
