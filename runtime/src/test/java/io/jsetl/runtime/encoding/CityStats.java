package io.jsetl.runtime.encoding;

/** The aggregate of DESIGN.md's example, read back from an untyped aggregation with {@code as}. */
public record CityStats(String city, long citizens, double meanAge) {}
