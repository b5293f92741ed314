package io.jsetl.runtime.wiring;

import com.typesafe.config.Config;
import io.jsetl.runtime.RunListener;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.spark.sql.SparkSession;
import org.jspecify.annotations.Nullable;

/**
 * Everything a generated {@code JsetlX} knows about its pipeline: the nodes of its factories, the
 * values given to the builder for external inputs, the requested outputs, and the optional session,
 * config and parallelism. Immutable; built with {@link #builder(String)}.
 */
public final class PipelineSpec {
  private final String name;
  private final List<NodeSpec> nodes;
  private final Map<Key, @Nullable Object> externals;
  private final List<Key> outputs;
  private final @Nullable SparkSession spark;
  private final @Nullable Config config;
  private final @Nullable Integer parallelism;
  private final List<RunListener> listeners;

  private PipelineSpec(Builder b) {
    this.name = b.name;
    this.nodes = List.copyOf(b.nodes);
    this.externals = Collections.unmodifiableMap(new LinkedHashMap<>(b.externals));
    this.outputs = List.copyOf(b.outputs);
    this.spark = b.spark;
    this.config = b.config;
    this.parallelism = b.parallelism;
    this.listeners = List.copyOf(b.listeners);
  }

  public static Builder builder(String pipelineName) {
    return new Builder(pipelineName);
  }

  /** The simple name of the {@code @Pipeline} interface. */
  public String name() {
    return name;
  }

  public List<NodeSpec> nodes() {
    return nodes;
  }

  /** External inputs and the values given for them ({@code null} for an absent optional one). */
  public Map<Key, @Nullable Object> externals() {
    return externals;
  }

  public List<Key> outputs() {
    return outputs;
  }

  public @Nullable SparkSession spark() {
    return spark;
  }

  public @Nullable Config config() {
    return config;
  }

  public @Nullable Integer parallelism() {
    return parallelism;
  }

  /** The user's hooks, in the order they were added. */
  public List<RunListener> listeners() {
    return listeners;
  }

  /** Collects the parts; used by generated code. */
  public static final class Builder {
    private final String name;
    private final List<NodeSpec> nodes = new ArrayList<>();
    private final Map<Key, @Nullable Object> externals = new LinkedHashMap<>();
    private final List<Key> outputs = new ArrayList<>();
    private @Nullable SparkSession spark;
    private @Nullable Config config;
    private @Nullable Integer parallelism;
    private final List<RunListener> listeners = new ArrayList<>();

    private Builder(String name) {
      this.name = Objects.requireNonNull(name, "name");
    }

    public Builder nodes(List<NodeSpec> factoryNodes) {
      nodes.addAll(factoryNodes);
      return this;
    }

    public Builder external(Key key, @Nullable Object value) {
      externals.put(key, value);
      return this;
    }

    public Builder output(Key key) {
      outputs.add(key);
      return this;
    }

    public Builder spark(@Nullable SparkSession session) {
      this.spark = session;
      return this;
    }

    public Builder config(@Nullable Config cfg) {
      this.config = cfg;
      return this;
    }

    public Builder parallelism(@Nullable Integer n) {
      if (n != null && n < 1) {
        throw new IllegalArgumentException("parallelism must be at least 1, was " + n);
      }
      this.parallelism = n;
      return this;
    }

    public Builder listener(RunListener listener) {
      listeners.add(Objects.requireNonNull(listener, "listener"));
      return this;
    }

    public PipelineSpec build() {
      return new PipelineSpec(this);
    }
  }
}
