package io.jsetl.runtime.graph;

import io.jsetl.runtime.wiring.Key;
import java.util.Objects;
import java.util.Optional;

/**
 * Where one input comes from. Decided once, when the graph is built, so that running a node never
 * searches for producers; an input that cannot be bound keeps its problem, which becomes an error
 * only if a run needs the node.
 */
public sealed interface Binding {
  /** The vertex that must finish first, if the value comes from one. */
  default Optional<String> upstream() {
    return Optional.empty();
  }

  /** Read by the shared source vertex {@code vertex}. */
  record FromSource(String vertex, String connector) implements Binding {
    public FromSource {
      Objects.requireNonNull(vertex, "vertex");
      Objects.requireNonNull(connector, "connector");
    }

    @Override
    public Optional<String> upstream() {
      return Optional.of(vertex);
    }
  }

  /** The value of the factory vertex {@code vertex}. */
  record FromNode(String vertex) implements Binding {
    public FromNode {
      Objects.requireNonNull(vertex, "vertex");
    }

    @Override
    public Optional<String> upstream() {
      return Optional.of(vertex);
    }
  }

  /** A value given to the pipeline's builder. */
  record External(Key key) implements Binding {
    public External {
      Objects.requireNonNull(key, "key");
    }
  }

  /** An optional input that nothing provides: the factory receives {@code null}. */
  record Absent(Key key) implements Binding {
    public Absent {
      Objects.requireNonNull(key, "key");
    }
  }

  /** Cannot be bound; {@code problem} says why, in a full sentence naming node and key. */
  record Unresolved(String problem) implements Binding {
    public Unresolved {
      Objects.requireNonNull(problem, "problem");
    }
  }
}
