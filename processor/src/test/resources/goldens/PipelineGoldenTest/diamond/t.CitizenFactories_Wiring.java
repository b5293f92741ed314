package t;

import io.jsetl.runtime.wiring.InputSpec;
import io.jsetl.runtime.wiring.Key;
import io.jsetl.runtime.wiring.NodeSpec;
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
            List.of(
                InputSpec.of(Key.of("org.apache.spark.sql.Dataset<t.Citizen>", "citizens")),
                InputSpec.of(Key.of("java.lang.Integer", "minAge"))),
            "",
            in -> factory.get().adults(in.<Dataset<Citizen>>get(0), in.<Integer>get(1))),
        new NodeSpec(
            "CitizenFactories.citizens",
            "t.CitizenFactories",
            Key.of("org.apache.spark.sql.Dataset<t.Citizen>", "citizens"),
            List.of(InputSpec.source(Key.of("org.apache.spark.sql.Dataset<t.Citizen>", ""), "citizens_csv", Citizen_.ENCODER)),
            "",
            in -> factory.get().citizens(in.<Dataset<Citizen>>get(0))),
        new NodeSpec(
            "CitizenFactories.cityStats",
            "t.CitizenFactories",
            Key.of("org.apache.spark.sql.Dataset<org.apache.spark.sql.Row>", ""),
            List.of(
                InputSpec.of(Key.of("org.apache.spark.sql.Dataset<t.Citizen>", "adults")),
                InputSpec.of(Key.of("org.apache.spark.sql.Dataset<t.Citizen>", "seniors"))),
            "city_stats",
            in -> factory.get().cityStats(in.<Dataset<Citizen>>get(0), in.<Dataset<Citizen>>get(1), in.spark())),
        new NodeSpec(
            "CitizenFactories.seniors",
            "t.CitizenFactories",
            Key.of("org.apache.spark.sql.Dataset<t.Citizen>", "seniors"),
            List.of(InputSpec.of(Key.of("org.apache.spark.sql.Dataset<t.Citizen>", "citizens"))),
            "",
            in -> factory.get().seniors(in.<Dataset<Citizen>>get(0))));
  }
}
