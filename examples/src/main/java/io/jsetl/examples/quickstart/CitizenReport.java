package io.jsetl.examples.quickstart;

import io.jsetl.dsl.Named;
import io.jsetl.dsl.Pipeline;
import org.apache.spark.sql.Dataset;

/** The outputs the quick start asks for; the processor generates {@code JsetlCitizenReport}. */
@Pipeline(factories = CitizenFactories.class)
public interface CitizenReport {
  Dataset<CityStats> cityStats();

  @Named("adultShare")
  Double adultShare();
}
