package io.jsetl.examples.quickstart;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.count;

import io.jsetl.dsl.Deliver;
import io.jsetl.dsl.Input;
import io.jsetl.dsl.OnFailure;
import io.jsetl.dsl.Validate;
import org.apache.spark.sql.Dataset;

/**
 * The quick start's transformations. The CSV is checked once, as {@code citizens} reads it: rows
 * that break {@link Citizen}'s rules are dropped and written to the {@code rejected_citizens}
 * quarantine with their reasons. Then a diamond: {@code citizens} feeds {@code adults} and {@code
 * minors}, both feed {@code adultShare}; {@code adults} also feeds {@code cityStats}, which is
 * checked (in the default mode, FAIL) before it is written to the {@code city_stats} sink.
 */
public class CitizenFactories {

  @Deliver(id = "citizens")
  public Dataset<Citizen> citizens(
      @Input(source = "citizens_csv")
          @Validate(onFailure = OnFailure.DROP, quarantine = "rejected_citizens")
          Dataset<Citizen> all) {
    return all;
  }

  @Deliver(id = "adults")
  public Dataset<Citizen> adults(@Input(id = "citizens") Dataset<Citizen> all) {
    return all.filter(Citizen_.age.ge(18));
  }

  @Deliver(id = "minors")
  public Dataset<Citizen> minors(@Input(id = "citizens") Dataset<Citizen> all) {
    return all.filter(Citizen_.age.lt(18));
  }

  @Deliver(sink = "city_stats")
  @Validate
  public Dataset<CityStats> cityStats(@Input(id = "adults") Dataset<Citizen> adults) {
    return adults
        .groupBy(Citizen_.city.col())
        .agg(count("*").as("citizens"), avg(Citizen_.age.col()).as("meanAge"))
        .orderBy(Citizen_.city.col())
        .as(CityStats_.ENCODER);
  }

  /** A deliverable that is not a Dataset: the share of adults among all citizens. */
  @Deliver(id = "adultShare")
  public Double adultShare(
      @Input(id = "adults") Dataset<Citizen> adults, @Input(id = "minors") Dataset<Citizen> minors) {
    long a = adults.count();
    long m = minors.count();
    return a + m == 0 ? 0.0 : (double) a / (a + m);
  }
}
