package io.jsetl.benchmarks;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import io.jsetl.benchmarks.chain.ChainStep;
import io.jsetl.benchmarks.chain.JsetlChain;
import io.jsetl.benchmarks.chain.Point;
import io.jsetl.benchmarks.chain.Point_;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * A 20-node chain run by jsetl against the same 20 transformations written by hand in Spark, in one
 * JVM and one session, measured alternately so that both see the same machine state. Prints the
 * medians and their ratio (jsetl / hand-written).
 *
 * <p>Run: {@code mvn -q -pl benchmarks exec:java -Dexec.args="rows warmup iterations"}.
 */
public final class ChainBenchmark {
  private static final int STEPS = 20;

  private ChainBenchmark() {}

  public static void main(String[] args) {
    Bench.Args a = Bench.Args.parse(args, 4_000_000, 3, 15);
    long rows = (long) a.size();
    int warmup = a.warmup();
    int iterations = a.measured();

    SparkSession spark = Bench.session();
    Config config = ConfigFactory.parseMap(Map.of("jsetl.progress", false)).withFallback(ConfigFactory.load());
    Dataset<Point> input =
        spark.range(rows).select(col("id"), col("id").multiply(7).plus(lit(1)).as("v")).as(Point_.ENCODER);

    Bench.Measure jsetl = new Bench.Measure("jsetl 20-node chain");
    Bench.Measure hand = new Bench.Measure("hand-written Spark");
    AtomicReference<Row> expected = new AtomicReference<>();
    Consumer<Row> sameAsFirst =
        result -> {
          if (!expected.compareAndSet(null, result) && !expected.get().equals(result)) {
            throw new IllegalStateException("results differ: " + expected.get() + " vs " + result);
          }
        };
    Bench.alternate(
        warmup,
        iterations,
        List.of(
            new Bench.Side(jsetl, () -> sameAsFirst.accept(viaJsetl(spark, config, input))),
            new Bench.Side(hand, () -> sameAsFirst.accept(byHand(input)))));
    Bench.printRatio(
        "chain of " + STEPS + " factories, " + rows + " rows, local[2]", jsetl, hand);
  }

  private static Row viaJsetl(SparkSession spark, Config config, Dataset<Point> input) {
    JsetlChain chain = JsetlChain.builder().point(input).spark(spark).config(config).build();
    return summary(chain.result());
  }

  private static Row byHand(Dataset<Point> input) {
    Dataset<Point> ds = input;
    for (int step = 1; step <= STEPS; step++) {
      ds = ChainStep.apply(ds, step);
    }
    return summary(ds);
  }

  /** The one action both sides run: forces every step over every row. */
  private static Row summary(Dataset<Point> ds) {
    return ds.agg(sum(Point_.v.col()), count(lit(1))).first();
  }
}
