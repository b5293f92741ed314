package t;

import io.jsetl.dsl.OnFailure;
import io.jsetl.runtime.wiring.InputSpec;
import io.jsetl.runtime.wiring.Key;
import io.jsetl.runtime.wiring.NodeSpec;
import io.jsetl.runtime.wiring.ValidationSpec;
import java.util.List;
import java.util.function.Supplier;
import javax.annotation.processing.Generated;
import org.apache.spark.sql.Dataset;

/**
 * The nodes of {@link CitizenFactories}'s {@code @Deliver} methods, for generated pipelines.
 */
@Generated("io.jsetl.processor.JsetlProcessor")
public final class CitizenFactories_Wiring {
  private CitizenFactories_Wiring() {
  }

  /**
   * @param factory gives the instance that instance methods run on; called once per run of a node
   */
  public static List<NodeSpec> nodes(Supplier<? extends CitizenFactories> factory) {
    return List.of(
        new NodeSpec(
            "CitizenFactories.adults",
            "t.CitizenFactories",
            Key.of("org.apache.spark.sql.Dataset<t.Citizen>", "adults"),
            List.of(InputSpec.of(Key.of("org.apache.spark.sql.Dataset<t.Citizen>", "citizens")).validated(new ValidationSpec(null, "", Citizen_.RULES))),
            "adults_out",
            in -> factory.get().adults(in.<Dataset<Citizen>>get(0))).validated(new ValidationSpec(OnFailure.FAIL, "", Citizen_.RULES)),
        new NodeSpec(
            "CitizenFactories.citizens",
            "t.CitizenFactories",
            Key.of("org.apache.spark.sql.Dataset<t.Citizen>", "citizens"),
            List.of(InputSpec.source(Key.of("org.apache.spark.sql.Dataset<t.Citizen>", ""), "citizens_csv", Citizen_.ENCODER).validated(new ValidationSpec(OnFailure.DROP, "bad_rows", Citizen_.RULES))),
            "",
            in -> factory.get().citizens(in.<Dataset<Citizen>>get(0))));
  }
}
