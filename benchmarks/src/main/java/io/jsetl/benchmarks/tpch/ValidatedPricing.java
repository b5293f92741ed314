package io.jsetl.benchmarks.tpch;

import io.jsetl.dsl.Deliver;
import io.jsetl.dsl.Input;
import io.jsetl.dsl.OnFailure;
import io.jsetl.dsl.Validate;
import org.apache.spark.sql.Dataset;

/**
 * The benchmark's jsetl job with validation: the line items are checked against {@code
 * LineItem_.RULES} as they are read, inside the job that writes the {@code out} sink.
 */
public class ValidatedPricing {
  @Deliver(sink = "out")
  public Dataset<PricedLineItem> priced(
      @Input(source = "lineitem") @Validate(onFailure = OnFailure.REPORT) Dataset<LineItem> items) {
    return Pricing.apply(items).as(PricedLineItem_.ENCODER);
  }
}
