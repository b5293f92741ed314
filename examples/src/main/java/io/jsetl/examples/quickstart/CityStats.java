package io.jsetl.examples.quickstart;

import io.jsetl.dsl.NotBlank;
import io.jsetl.dsl.Range;
import io.jsetl.dsl.Schema;
import io.jsetl.dsl.Unique;

/** Adults per city and their mean age. */
@Schema
public record CityStats(
    @NotBlank @Unique String city,
    @Range(min = 1) long citizens,
    @Range(min = 18, max = 150) double meanAge) {}
