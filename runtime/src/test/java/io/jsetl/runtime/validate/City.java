package io.jsetl.runtime.validate;

/** A known city: people's cities must be among them (a keysIn check against another deliverable). */
public record City(String name) {}
