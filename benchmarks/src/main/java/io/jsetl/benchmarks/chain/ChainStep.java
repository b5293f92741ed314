package io.jsetl.benchmarks.chain;

import org.apache.spark.sql.Dataset;

/** One step of the chain: shared by the jsetl factories and the hand-written baseline. */
public final class ChainStep {
  private ChainStep() {}

  /** Mixes {@code v} with the step number; every fifth step also filters. */
  public static Dataset<Point> apply(Dataset<Point> in, int step) {
    Dataset<Point> next =
        in.select(
                Point_.id.col(),
                Point_.v.col().multiply(31).plus(step).mod(1_000_003L).as(Point_.v.name()))
            .as(Point_.ENCODER);
    return step % 5 == 0 ? next.filter(Point_.v.col().mod(97).notEqual(0)) : next;
  }
}
