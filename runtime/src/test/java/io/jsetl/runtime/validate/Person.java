package io.jsetl.runtime.validate;

import org.jspecify.annotations.Nullable;

/** A small checked record for the engine tests: {@code Person_} holds what the processor would generate. */
public record Person(String name, int age, @Nullable String email, String city) {}
