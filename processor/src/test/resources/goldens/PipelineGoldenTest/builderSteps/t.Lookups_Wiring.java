package t;

import io.jsetl.runtime.wiring.InputSpec;
import io.jsetl.runtime.wiring.Key;
import io.jsetl.runtime.wiring.NodeSpec;
import java.util.List;
import java.util.function.Supplier;
import javax.annotation.processing.Generated;

/**
 * The nodes of {@link Lookups}'s {@code @Deliver} methods, for generated pipelines.
 */
@Generated("io.jsetl.processor.JsetlProcessor")
public final class Lookups_Wiring {
  private Lookups_Wiring() {
  }

  /**
   * @param factory gives the instance that instance methods run on; called once per run of a node
   */
  public static List<NodeSpec> nodes(Supplier<? extends Lookups> factory) {
    return List.of(
        new NodeSpec(
            "Lookups.labels",
            "t.Lookups",
            Key.of("java.util.List<java.lang.String>", "labels"),
            List.of(
                InputSpec.of(Key.of("java.util.List<java.lang.Long>", "")),
                InputSpec.of(Key.of("java.lang.String", "locale")).asOptional()),
            "",
            in -> factory.get().labels(in.<List<Long>>get(0), in.<String>get(1))));
  }
}
