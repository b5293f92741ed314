package t;

import io.jsetl.runtime.wiring.InputSpec;
import io.jsetl.runtime.wiring.Key;
import io.jsetl.runtime.wiring.NodeSpec;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * The nodes of {@link Counters}'s {@code @Deliver} methods, for generated pipelines.
 */
@Generated("io.jsetl.processor.JsetlProcessor")
public final class Counters_Wiring {
  private Counters_Wiring() {
  }

  public static List<NodeSpec> nodes() {
    return List.of(
        new NodeSpec(
            "Counters.count",
            "t.Counters",
            Key.of("java.lang.Long", ""),
            List.of(InputSpec.of(Key.of("java.util.List<java.lang.String>", "labels")).withProducer("t.Lookups")),
            "",
            in -> Counters.count(in.<List<String>>get(0), in.context(), in.config())));
  }
}
