package io.jsetl.runtime.graph;

import io.jsetl.runtime.wiring.Key;
import java.util.List;
import java.util.Objects;
import org.apache.spark.sql.Encoder;
import org.jspecify.annotations.Nullable;

/**
 * One read of a connector, shared by every input that reads the same connector as the same key
 * with the same encoder: the data is read once, and its consumers see the same {@code Dataset}.
 *
 * @param encoder the typed encoder, or {@code null} to read rows
 */
public record SourceVertex(String name, String connector, Key output, @Nullable Encoder<?> encoder)
    implements Vertex {
  public SourceVertex {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(connector, "connector");
    Objects.requireNonNull(output, "output");
  }

  @Override
  public List<String> upstream() {
    return List.of();
  }
}
