package io.jsetl.examples.external;

import io.jsetl.dsl.Schema;

@Schema
public record Reading(String sensor, double value) {}
