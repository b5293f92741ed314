package io.jsetl.runtime.optimize;

import java.util.List;
import java.util.Objects;

/**
 * A Dataset that a run persists because two or more needed consumers use it.
 *
 * @param vertex the vertex whose value is persisted
 * @param consumers the needed factory vertices that take the value as an input, sorted; it is
 *     unpersisted only once every one of them has completed, because a consumer that returns a
 *     lazy plan leaves the actual reading to whatever runs that plan later in the same call
 * @param sink the vertex's own sink, which is written from the persisted value, or {@code ""}
 * @param requested the value is a requested output: it stays cached for the caller, who holds it
 */
public record CacheCandidate(String vertex, List<String> consumers, String sink, boolean requested) {
  public CacheCandidate {
    Objects.requireNonNull(vertex, "vertex");
    consumers = List.copyOf(consumers);
    Objects.requireNonNull(sink, "sink");
  }

  /** Its consumers in words: {@code C.c, E.e and its sink out}. */
  public String feeds() {
    return Uses.describe(consumers, sink);
  }
}
