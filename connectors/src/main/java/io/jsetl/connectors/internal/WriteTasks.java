package io.jsetl.connectors.internal;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.spark.SparkContext;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.scheduler.SparkListenerTaskStart;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Knows when every task of the Spark jobs a write started has ended.
 *
 * <p>Spark reports a job as failed as soon as one task fails, and only then kills the others. A
 * task being killed can still create its output file, with the directories above it, after the
 * failed write was cleaned up; deleting a staging directory right after a failed write would then
 * leave a {@code _temporary} tree behind. So the write's jobs carry a job tag (which adds to, and
 * does not replace, the thread's job group and tags), and this listener counts their running tasks.
 */
public final class WriteTasks extends SparkListener implements AutoCloseable {
  /**
   * Spark's job property listing a job's tags, comma-separated ({@code
   * SparkContext.SPARK_JOB_TAGS}).
   */
  private static final String JOB_TAGS = "spark.job.tags";

  private static final System.Logger LOG = System.getLogger(WriteTasks.class.getName());

  /** How long a failed write waits for the tasks Spark kills, so that none writes after cleanup. */
  private static final Duration KILLED_TASKS_TIMEOUT = Duration.ofSeconds(30);

  private final SparkContext context;
  private final String tag = "jsetl-write-" + UUID.randomUUID();
  private final Set<Integer> stages = new HashSet<>();
  private int running;

  private WriteTasks(SparkContext context) {
    this.context = context;
  }

  /**
   * Runs Spark's {@code write}. If it fails, waits until every task of its jobs has ended (at most
   * {@link #KILLED_TASKS_TIMEOUT}), runs {@code cleanup}, and rethrows the failure.
   */
  public static void run(SparkContext context, Runnable write, Runnable cleanup) {
    try (WriteTasks tasks = watch(context)) {
      try {
        write.run();
      } catch (Throwable failure) { // Spark throws checked exceptions it does not declare
        tasks.awaitEndedQuietly();
        cleanup.run();
        throw failure;
      }
    }
  }

  /** Tags the jobs this thread starts until {@link #close}, and counts their tasks. */
  private static WriteTasks watch(SparkContext context) {
    WriteTasks tasks = new WriteTasks(context);
    context.addSparkListener(tasks);
    context.addJobTag(tasks.tag);
    return tasks;
  }

  @Override
  public synchronized void onJobStart(SparkListenerJobStart job) {
    Properties properties = job.properties();
    String tags = properties == null ? "" : properties.getProperty(JOB_TAGS, "");
    if (Arrays.asList(tags.split(",")).contains(tag)) {
      CollectionConverters.asJava(job.stageIds()).forEach(id -> stages.add((Integer) id));
    }
  }

  @Override
  public synchronized void onTaskStart(SparkListenerTaskStart task) {
    if (stages.contains(task.stageId())) {
      running++;
    }
  }

  @Override
  public synchronized void onTaskEnd(SparkListenerTaskEnd task) {
    if (stages.contains(task.stageId())) {
      running--;
      notifyAll();
    }
  }

  private void awaitEndedQuietly() {
    try {
      if (!awaitEnded(KILLED_TASKS_TIMEOUT)) {
        LOG.log(
            Level.WARNING,
            "tasks of a failed write still run after {0}; they may leave files behind",
            KILLED_TASKS_TIMEOUT);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt(); // the write is failing anyway; keep the interrupt
    }
  }

  /**
   * Waits until every task of the tagged jobs has ended, or {@code timeout} has passed.
   *
   * @return whether they all ended in time
   */
  private boolean awaitEnded(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    try {
      // Listeners hear of events asynchronously. Every task of a failed job was started before
      // Spark reported the failure, so once the events posted until now are delivered, each start
      // has been counted and only the ends of killed tasks remain to come.
      context.listenerBus().waitUntilEmpty(timeout.toMillis());
    } catch (TimeoutException e) {
      return false;
    }
    synchronized (this) {
      while (running > 0) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          return false;
        }
        TimeUnit.NANOSECONDS.timedWait(this, left);
      }
    }
    return true;
  }

  @Override
  public void close() {
    context.removeJobTag(tag);
    context.removeSparkListener(this);
  }
}
