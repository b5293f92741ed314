package io.jsetl.examples.types;

import io.jsetl.dsl.Schema;
import org.jspecify.annotations.Nullable;

@Schema
public record Address(String street, @Nullable Integer zip) {}
