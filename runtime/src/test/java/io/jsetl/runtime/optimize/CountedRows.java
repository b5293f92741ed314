package io.jsetl.runtime.optimize;

import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.LongAccumulator;

/**
 * A Dataset that counts how often Spark computes its rows, so that tests can tell a persisted
 * Dataset (computed once) from one recomputed by every action.
 */
final class CountedRows {
  private CountedRows() {}

  /** {@code 0 .. rows-1} in two partitions, adding 1 to {@code computed} for every row computed. */
  static Dataset<Long> counted(SparkSession spark, long rows, LongAccumulator computed) {
    return spark
        .range(0, rows, 1, 2)
        .map(
            (MapFunction<Long, Long>)
                x -> {
                  computed.add(1);
                  return x;
                },
            Encoders.LONG());
  }
}
