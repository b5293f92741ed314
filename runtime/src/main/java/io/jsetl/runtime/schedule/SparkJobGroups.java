package io.jsetl.runtime.schedule;

import org.apache.spark.SparkContext;
import org.apache.spark.sql.SparkSession;

/**
 * Job groups and FAIR pools through Spark's thread-local properties. They are set when a node
 * starts and cleared when it ends, because pool threads are reused and a property left behind
 * would put the next node's jobs in the wrong group, where a cancellation meant for another node
 * would kill them.
 */
final class SparkJobGroups implements JobGroups {
  /** Spark's local property naming the FAIR pool of the thread's jobs. */
  static final String POOL_PROPERTY = "spark.scheduler.pool";

  private final Lazy<SparkSession> session;

  SparkJobGroups(Lazy<SparkSession> session) {
    this.session = session;
  }

  @Override
  public void connect() {
    session.get();
  }

  @Override
  @SuppressWarnings("nullness:argument") // Spark documents a null value as "remove the property"
  public Scope enter(String group, String pool, String description) {
    SparkContext sc = session.get().sparkContext();
    // interruptOnCancel: a cancelled task blocked in user code (a UDF, a connector) is interrupted
    // rather than left running on an executor.
    sc.setJobGroup(group, description, true);
    sc.setLocalProperty(POOL_PROPERTY, pool);
    return () -> {
      sc.clearJobGroup();
      sc.setLocalProperty(POOL_PROPERTY, null);
    };
  }

  @Override
  public void cancel(String group) {
    // cancelJobGroup(String) exists on every Spark line jsetl builds for; it only posts an event.
    session.ifMade().ifPresent(s -> s.sparkContext().cancelJobGroup(group));
  }
}
