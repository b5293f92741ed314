package io.jsetl.processor.model.graph;

import java.util.List;

/**
 * Where a needed input or a requested output comes from in one pipeline. Resolution never fails:
 * what cannot be resolved becomes a {@link Missing}, {@link Ambiguous} or {@link Mismatched} value
 * that a validator turns into a diagnostic.
 */
public sealed interface Resolution {
  /** The nodes this resolution depends on (the graph's edges); empty for anything but producers. */
  default List<NodeModel> producers() {
    return List.of();
  }

  /** Exactly one node of the pipeline delivers it. */
  record Produced(NodeModel producer) implements Resolution {
    @Override
    public List<NodeModel> producers() {
      return List.of(producer);
    }
  }

  /** Two or more nodes deliver it: an {@code AmbiguousProducer}. */
  record Ambiguous(List<NodeModel> candidates) implements Resolution {
    public Ambiguous {
      candidates = List.copyOf(candidates);
    }

    @Override
    public List<NodeModel> producers() {
      return candidates;
    }
  }

  /** Read from a connector ({@code @Input(source = ...)}). */
  record FromSource() implements Resolution {}

  /** Nothing produces it and no source binds it: the builder asks for it. */
  record External(DeliverableKey key) implements Resolution {}

  /** Optional, restricted to a producer that does not deliver it: the factory receives null. */
  record Absent() implements Resolution {}

  /** Nothing delivers it, and it cannot come from the builder: a {@code MissingProducer}. */
  record Missing(Reason reason) implements Resolution {
    /** Why it cannot be an external input. */
    public enum Reason {
      /** A requested output that no factory delivers. */
      OUTPUT_NOT_DELIVERED,
      /** {@code producer = X.class} with X not among the pipeline's factories. */
      PRODUCER_NOT_IN_PIPELINE,
      /** {@code producer = X.class} with X in the pipeline but delivering nothing matching. */
      PRODUCER_DELIVERS_NOTHING
    }
  }

  /** Its id is delivered, but as another type: a {@code TypeMismatch}. */
  record Mismatched(List<NodeModel> sameId) implements Resolution {
    public Mismatched {
      sameId = List.copyOf(sameId);
    }
  }
}
