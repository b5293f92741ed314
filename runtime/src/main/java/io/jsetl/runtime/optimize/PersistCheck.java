package io.jsetl.runtime.optimize;

import io.jsetl.runtime.RuntimeErrors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.catalyst.plans.logical.LocalRelation;
import org.apache.spark.sql.catalyst.plans.logical.LogicalPlan;
import org.apache.spark.storage.StorageLevel;
import org.jspecify.annotations.Nullable;
import scala.math.BigInt;

/**
 * Whether persisting one Dataset pays, judged from its plan alone: no Spark job runs. Persisting
 * does not pay for a Dataset that is already cached (its consumers already share it), that is
 * streaming (Spark cannot persist it), or whose optimized plan is a local relation (its rows are
 * already in the driver's memory, so recomputing it costs less than caching it).
 */
final class PersistCheck {
  /**
   * @param worthIt whether to persist
   * @param reason why not, when not; {@code ""} otherwise
   * @param estimatedBytes the optimizer's estimate of the Dataset's size, or {@code null} if unknown
   */
  record Verdict(boolean worthIt, String reason, @Nullable Long estimatedBytes) {}

  private PersistCheck() {}

  static Verdict of(Dataset<?> data) {
    try {
      if (data.isStreaming()) {
        return new Verdict(false, "a streaming Dataset cannot be persisted", null);
      }
      LogicalPlan optimized = freshOptimizedPlan(data);
      @Nullable Long estimate = estimate(optimized);
      StorageLevel current = data.storageLevel(); // a look-up in Spark's CacheManager
      if (!current.equals(StorageLevel.NONE())) {
        return new Verdict(false, "already cached (" + current.description() + ")", estimate);
      }
      if (optimized instanceof LocalRelation) {
        return new Verdict(
            false, "a local relation: its rows are already in the driver, recomputing is cheaper", estimate);
      }
      return new Verdict(true, "", estimate);
    } catch (Exception e) { // Spark's AnalysisException is checked; caching must never fail a node
      return new Verdict(false, "its plan could not be estimated (" + RuntimeErrors.describe(e) + ")", null);
    }
  }

  /**
   * The optimized plan of a copy of {@code data}. A Dataset computes its plan with cached data
   * substituted once and keeps it, so optimizing {@code data} itself before it is persisted would
   * make every later action on that very object (a sink's {@code collect}, say) ignore the cache.
   * An alias is a new Dataset with its own plan, which the optimizer strips again.
   */
  private static LogicalPlan freshOptimizedPlan(Dataset<?> data) {
    return data.alias("jsetl_cost").queryExecution().optimizedPlan();
  }

  /** Spark reports an unknown size as at least {@code Long.MAX_VALUE}. */
  private static @Nullable Long estimate(LogicalPlan plan) {
    BigInt size = plan.stats().sizeInBytes();
    return size.isValidLong() && size.longValue() < Long.MAX_VALUE ? size.longValue() : null;
  }
}
