package io.jsetl.examples.external;

import io.jsetl.dsl.Deliver;
import io.jsetl.dsl.Input;
import java.util.List;
import org.apache.spark.sql.Dataset;

/** Factories whose inputs come from the builder: a Dataset and a plain value. */
public class SensorFactories {
  @Deliver(id = "valid")
  public Dataset<Reading> valid(Dataset<Reading> readings, @Input(id = "threshold") Double threshold) {
    return readings.filter(Reading_.value.ge(threshold));
  }

  @Deliver
  public List<String> sensors(@Input(id = "valid") Dataset<Reading> valid) {
    return valid.select(Reading_.sensor.col()).distinct().orderBy(Reading_.sensor.col())
        .as(org.apache.spark.sql.Encoders.STRING()).collectAsList();
  }
}
