package io.jsetl.examples.external;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jsetl.runtime.testkit.TestSpark;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

/** A pipeline whose inputs are given to the generated staged builder. */
class ExternalInputsTest {
  @Test
  void requiredStepsTakeTheExternalInputsAndOutputsAreTyped() {
    SparkSession spark = TestSpark.session();
    var readings =
        spark.createDataset(
            List.of(new Reading("a", 1.0), new Reading("b", 5.0), new Reading("c", 7.5),
                new Reading("b", 9.0)),
            Reading_.ENCODER);

    // Steps are sorted by name: reading (Dataset<Reading>, default id), then threshold (id).
    JsetlSensors pipeline =
        JsetlSensors.builder().reading(readings).threshold(5.0).spark(spark).build();

    List<String> sensors = pipeline.sensors();
    assertEquals(List.of("b", "c"), sensors);
    assertEquals(3, pipeline.valid().count());
    pipeline.run();
    assertEquals(List.of("b", "c"), pipeline.sensors());
  }
}
