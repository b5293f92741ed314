package io.jsetl.examples.types;

public enum Level {
  LOW,
  MEDIUM,
  HIGH
}
