package io.jsetl.runtime.optimize;

import io.jsetl.runtime.config.CacheSettings;
import io.jsetl.runtime.graph.Binding;
import io.jsetl.runtime.graph.FactoryVertex;
import io.jsetl.runtime.graph.PipelineGraph;
import io.jsetl.runtime.graph.SourceVertex;
import io.jsetl.runtime.graph.Vertex;
import io.jsetl.runtime.wiring.Key;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Which values a run persists, decided once on the graph, without Spark.
 *
 * <p>A needed vertex is a candidate when its value is a {@code Dataset} and two or more needed
 * consumers use it: each factory that takes it as an input, and its own sink. Spark plans are
 * lazy, so each of those consumers may end in an action that would otherwise recompute the
 * Dataset from its sources. Counting consumers rather than actions is deliberate: which factories
 * run actions is only known by running them, and persisting a Dataset that ends up read once costs
 * only its registration, since Spark caches on first computation.
 *
 * <p>Vertices that share a value but are not candidates are listed with the reason (pruned
 * consumers, a value that is not a Dataset, caching turned off), so that {@code explain()}
 * answers "why is this not cached?" as well.
 */
public final class CachePlan {
  private static final String DATASET = "org.apache.spark.sql.Dataset";

  private final CacheSettings settings;
  private final SortedMap<String, CacheCandidate> candidates;
  private final SortedMap<String, String> notCached;
  private final SortedSet<String> requested;

  private CachePlan(
      CacheSettings settings,
      SortedMap<String, CacheCandidate> candidates,
      SortedMap<String, String> notCached,
      SortedSet<String> requested) {
    this.settings = settings;
    this.candidates = Collections.unmodifiableSortedMap(candidates);
    this.notCached = Collections.unmodifiableSortedMap(notCached);
    this.requested = Collections.unmodifiableSortedSet(requested);
  }

  public static CachePlan of(PipelineGraph graph, CacheSettings settings) {
    SortedSet<String> requested =
        graph.outputs().values().stream()
            .filter(b -> b instanceof Binding.FromNode)
            .map(b -> ((Binding.FromNode) b).vertex())
            .collect(Collectors.toCollection(TreeSet::new));
    SortedMap<String, CacheCandidate> candidates = new TreeMap<>();
    SortedMap<String, String> notCached = new TreeMap<>();
    for (String name : graph.needed()) {
      Vertex v = graph.vertex(name);
      List<String> all = graph.downstream(name);
      List<String> needed = all.stream().filter(graph::isNeeded).toList();
      String sink = v instanceof FactoryVertex f ? f.sink() : "";
      int sinkUses = sink.isEmpty() ? 0 : 1;
      if (all.size() + sinkUses < 2) {
        continue; // used once at most: nothing to share, nothing worth saying
      }
      String feeds = Uses.describe(needed, sink);
      if (needed.size() + sinkUses < 2) {
        List<String> pruned = all.stream().filter(c -> !graph.isNeeded(c)).toList();
        String uses = needed.isEmpty() && sink.isEmpty() ? "feeds nothing that runs" : "feeds only " + feeds;
        notCached.put(
            name,
            uses + " (" + String.join(", ", pruned) + (pruned.size() == 1 ? " is" : " are") + " pruned)");
      } else if (!isDataset(v)) {
        notCached.put(name, "feeds " + feeds + ", but " + v.output().display() + " is not a Dataset");
      } else if (!settings.enabled()) {
        notCached.put(name, "feeds " + feeds + ", but jsetl.cache = off");
      } else {
        candidates.put(name, new CacheCandidate(name, needed, sink, requested.contains(name)));
      }
    }
    return new CachePlan(settings, candidates, notCached, requested);
  }

  /** A connector read is always a Dataset; a factory's value is one when its declared type is. */
  private static boolean isDataset(Vertex v) {
    Key key = v.output();
    return v instanceof SourceVertex || key.type().equals(DATASET) || key.type().startsWith(DATASET + "<");
  }

  public CacheSettings settings() {
    return settings;
  }

  /** The values to persist, by vertex name. */
  public SortedMap<String, CacheCandidate> candidates() {
    return candidates;
  }

  public Optional<CacheCandidate> candidate(String vertex) {
    return Optional.ofNullable(candidates.get(vertex));
  }

  /** Vertices whose value two or more nodes consume but that are not persisted, and why. */
  public SortedMap<String, String> notCached() {
    return notCached;
  }

  /** The vertices whose values are requested outputs: their callers hold them. */
  public SortedSet<String> requested() {
    return requested;
  }
}
