package io.jsetl.examples.quickstart;

import io.jsetl.dsl.Schema;

/** Adults per city and their mean age. */
@Schema
public record CityStats(String city, long citizens, double meanAge) {}
