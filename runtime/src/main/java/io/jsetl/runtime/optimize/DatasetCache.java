package io.jsetl.runtime.optimize;

import io.jsetl.runtime.NodeReport.CacheDecision;
import io.jsetl.runtime.RuntimeErrors;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.apache.spark.sql.Dataset;
import org.jspecify.annotations.Nullable;

/**
 * Carries out a {@link CachePlan} for one engine: persists a candidate the moment its value
 * exists (before any consumer starts) when {@link PersistCheck} finds it worth it, and unpersists
 * it, without blocking, at the end of the engine call in which all its consumers completed, or of
 * a call that failed. Waiting for the end of the call rather than for the last consumer matters:
 * a consumer that returns a lazy plan has not read anything yet, and the node that runs that plan
 * may come later in the same call.
 *
 * <p>Only what this engine persisted is ever unpersisted, and never a requested output (its
 * caller holds it and will likely read it again) nor a value given to the builder, which is never
 * persisted in the first place: its owner decides how it is cached.
 */
public final class DatasetCache {
  private final CachePlan plan;
  private final Set<Object> given;
  /** Values this engine persisted and has not released yet; written by task threads. */
  private final Map<String, Dataset<?>> persisted = new ConcurrentHashMap<>();

  private final Map<String, CacheDecision> decisions = new ConcurrentHashMap<>();

  /** @param given the values given to the pipeline's builder */
  public DatasetCache(CachePlan plan, Collection<? extends @Nullable Object> given) {
    this.plan = plan;
    this.given = Collections.newSetFromMap(new IdentityHashMap<>());
    given.forEach(
        v -> {
          if (v != null) {
            this.given.add(v);
          }
        });
  }

  /**
   * Called on the vertex's task thread once its value exists, before its sink is written and
   * before any consumer can start; does nothing for a vertex that is not a candidate.
   */
  public void produced(String vertex, Object value) {
    CacheCandidate candidate = plan.candidates().get(vertex);
    if (candidate != null) {
      decisions.put(vertex, decide(candidate, value));
    }
  }

  private CacheDecision decide(CacheCandidate candidate, Object value) {
    if (!(value instanceof Dataset<?> data)) {
      return new CacheDecision(false, "its value is a " + value.getClass().getName() + ", not a Dataset", null);
    }
    if (given.contains(value)) {
      return new CacheDecision(false, "it is a value given to the builder, whose owner decides its caching", null);
    }
    PersistCheck.Verdict verdict = PersistCheck.of(data);
    if (!verdict.worthIt()) {
      return new CacheDecision(false, verdict.reason(), verdict.estimatedBytes());
    }
    data.persist(plan.settings().level());
    persisted.put(candidate.vertex(), data);
    return new CacheDecision(
        true,
        "persisted " + plan.settings().storageLevel() + ": feeds " + candidate.feeds()
            + (candidate.requested() ? "; stays cached for the caller of the requested output" : ""),
        verdict.estimatedBytes());
  }

  /**
   * At the end of an engine call that succeeded: unpersists every value whose consumers have all
   * {@code completed}.
   *
   * @param values every vertex's value so far, by name: a value that is also a requested output
   *     (a factory may return its input) is kept
   */
  public void release(Predicate<String> completed, Map<String, Object> values) {
    releaseWhere(c -> c.consumers().stream().allMatch(completed), values);
  }

  /** At the end of a failed engine call: nothing will run any more, so everything is released. */
  public void releaseAll(Map<String, Object> values) {
    releaseWhere(c -> true, values);
  }

  private void releaseWhere(Predicate<CacheCandidate> done, Map<String, Object> values) {
    Set<Object> requested = Collections.newSetFromMap(new IdentityHashMap<>());
    for (String vertex : plan.requested()) {
      Object value = values.get(vertex);
      if (value != null) {
        requested.add(value);
      }
    }
    for (String vertex : new TreeMap<>(persisted).keySet()) {
      CacheCandidate candidate = plan.candidates().get(vertex);
      Dataset<?> data = persisted.get(vertex);
      if (candidate == null || data == null || candidate.requested() || !done.test(candidate)) {
        continue;
      }
      persisted.remove(vertex);
      if (!requested.contains(data)) {
        unpersist(vertex, data);
      }
    }
  }

  /** Best effort: a failed clean-up must not hide the run's own outcome; the report shows it. */
  private void unpersist(String vertex, Dataset<?> data) {
    try {
      data.unpersist(false);
    } catch (RuntimeException e) {
      decisions.computeIfPresent(
          vertex,
          (v, d) ->
              new CacheDecision(
                  d.persisted(),
                  d.reason() + "; unpersisting it failed (" + RuntimeErrors.describe(e) + ")",
                  d.estimatedBytes()));
    }
  }

  /** The decision for every candidate that has run so far, by vertex name. */
  public Map<String, CacheDecision> decisions() {
    return Map.copyOf(decisions);
  }
}
