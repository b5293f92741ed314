package io.jsetl.examples.external;

import io.jsetl.dsl.Named;
import io.jsetl.dsl.Pipeline;
import java.util.List;
import org.apache.spark.sql.Dataset;

@Pipeline(factories = SensorFactories.class)
public interface Sensors {
  List<String> sensors();

  @Named("valid")
  Dataset<Reading> valid();
}
