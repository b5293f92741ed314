package io.jsetl.runtime;

/** TODO(runtime helper): what happened in one run, per node. */
public final class RunReport {}
