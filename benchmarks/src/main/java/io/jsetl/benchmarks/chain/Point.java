package io.jsetl.benchmarks.chain;

import io.jsetl.dsl.Schema;

/** The row type of the chain benchmark. */
@Schema
public record Point(long id, long v) {}
