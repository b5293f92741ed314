package io.jsetl.runtime.schedule;

import io.jsetl.dsl.DatasetCheck;
import io.jsetl.runtime.RuntimeErrors;
import io.jsetl.runtime.graph.PipelineGraph;
import io.jsetl.runtime.graph.Vertex;
import io.jsetl.runtime.wiring.Key;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.spark.sql.Dataset;
import org.jspecify.annotations.Nullable;

/**
 * Finds the data of another deliverable for a {@code keysIn} check: the {@code Dataset<X>} (with
 * the check's id) produced by a vertex of the run or given to the builder. It must exist when the
 * check runs, so the check can only refer to data produced before the validated node runs.
 */
final class Deliverables {
  private Deliverables() {}

  static Supplier<Dataset<?>> find(
      PipelineGraph graph,
      Map<String, Object> values,
      Map<Key, @Nullable Object> externals,
      DatasetCheck.KeysIn check) {
    Key wanted =
        Key.of("org.apache.spark.sql.Dataset<" + check.otherType().getCanonicalName() + ">", check.otherId());
    return () -> {
      Object value = externals.get(wanted);
      for (Vertex v : graph.vertices()) {
        if (value == null && v.output().equals(wanted)) {
          value = values.get(v.name());
        }
      }
      String where = check.column() + " " + check.name();
      if (value == null) {
        throw RuntimeErrors.keysInNotProduced(where, check.name(), wanted);
      }
      if (!(value instanceof Dataset<?> data)) {
        throw RuntimeErrors.keysInNotADataset(where, check.name(), wanted, value);
      }
      return data;
    };
  }
}
