package io.jsetl.runtime.schedule;

import io.jsetl.runtime.NodeStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * Runs tasks in dependency order on a fixed pool of {@code parallelism} threads: a task starts as
 * soon as every task it depends on has succeeded (there are no stage barriers), never more than
 * {@code parallelism} at once, highest priority first.
 *
 * <p>On the first failure it stops admitting tasks, asks every running task to {@linkplain
 * Task#cancel() cancel}, and waits for them to end; a task that then throws is CANCELLED, not
 * FAILED, because its error is most likely the cancellation. Admission and failure are decided
 * under one lock, and a task checks that lock again just before it starts, so no task starts
 * after a failure has been recorded.
 *
 * <p>The scheduler never throws for a task: every outcome, failures included, is in the returned
 * {@link Outcome}, so that the caller can report them all at once.
 */
final class DagScheduler {
  private static final Comparator<Task> READY_ORDER =
      Comparator.comparingInt(Task::priority).reversed().thenComparing(Task::name);

  private final Map<String, Task> tasks = new TreeMap<>();
  private final Map<String, List<String>> dependents = new HashMap<>();
  private final Map<String, Integer> waiting = new HashMap<>();
  private final PriorityQueue<Task> ready = new PriorityQueue<>(READY_ORDER);
  /** Handed to the pool and not yet ended: starting or running. */
  private final Set<String> admitted = new TreeSet<>();
  private final Set<String> cancelRequested = new TreeSet<>();
  private final Map<String, TaskResult> results = new LinkedHashMap<>();
  private final int parallelism;
  private final TaskListener listener;
  private final ThreadPoolExecutor pool;
  private boolean stopping;
  private boolean interrupted;
  private @Nullable Throwable listenerError;

  private DagScheduler(
      Collection<? extends Task> all, int parallelism, TaskListener listener, String threadPrefix) {
    if (parallelism < 1) {
      throw new IllegalArgumentException("parallelism must be at least 1, was " + parallelism);
    }
    this.parallelism = parallelism;
    this.listener = listener;
    for (Task t : all) {
      if (tasks.put(t.name(), t) != null) {
        throw new IllegalArgumentException("two tasks are named " + t.name());
      }
    }
    for (Task t : tasks.values()) {
      for (String d : t.dependencies()) {
        if (!tasks.containsKey(d)) {
          throw new IllegalArgumentException(t.name() + " depends on unknown task " + d);
        }
        dependents.computeIfAbsent(d, k -> new ArrayList<>()).add(t.name());
      }
      waiting.put(t.name(), t.dependencies().size());
      if (t.dependencies().isEmpty()) {
        ready.add(t);
      }
    }
    int threads = Math.min(parallelism, tasks.size());
    this.pool =
        new ThreadPoolExecutor(
            threads, threads, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(), daemons(threadPrefix));
    // Threads made now inherit the caller's thread-local state (Spark's local properties), not
    // that of whichever task happened to be running when a thread was added.
    pool.prestartAllCoreThreads();
  }

  /**
   * Runs the tasks and returns when every started task has ended.
   *
   * @param threadPrefix names the pool's threads, for thread dumps
   */
  static Outcome run(
      Collection<? extends Task> tasks, int parallelism, TaskListener listener, String threadPrefix) {
    if (tasks.isEmpty()) {
      return new Outcome(Map.of(), false);
    }
    DagScheduler scheduler = new DagScheduler(tasks, parallelism, listener, threadPrefix);
    try {
      return scheduler.awaitAll();
    } finally {
      scheduler.pool.shutdown();
    }
  }

  private synchronized Outcome awaitAll() {
    admitReady();
    while (!admitted.isEmpty()) {
      try {
        wait();
      } catch (InterruptedException e) {
        interrupted = true;
        stop();
      }
    }
    tasks.keySet().forEach(name -> results.putIfAbsent(name, TaskResult.NOT_RUN));
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    rethrowListenerError();
    return new Outcome(Collections.unmodifiableMap(new LinkedHashMap<>(results)), interrupted);
  }

  /** Holding the lock. */
  private void admitReady() {
    Task t;
    while (!stopping && admitted.size() < parallelism && (t = ready.poll()) != null) {
      Task admittedTask = t;
      admitted.add(admittedTask.name());
      pool.execute(() -> execute(admittedTask));
    }
  }

  /** On a pool thread. */
  private void execute(Task t) {
    Instant start;
    long startNanos;
    synchronized (this) {
      if (stopping) {
        admitted.remove(t.name());
        notifyAll();
        return;
      }
      start = Instant.now();
      startNanos = System.nanoTime();
      tell(() -> listener.started(t.name()));
    }
    Throwable error = null;
    try {
      t.run();
    } catch (Throwable e) { // an Error too: an unrecorded end would leave the run waiting forever
      error = e;
    }
    finish(t, start, Duration.ofNanos(System.nanoTime() - startNanos), error);
  }

  private synchronized void finish(Task t, Instant start, Duration took, @Nullable Throwable error) {
    String name = t.name();
    admitted.remove(name);
    Instant end = Instant.now();
    if (error == null) {
      results.put(name, new TaskResult(NodeStatus.SUCCEEDED, start, end, took, null));
      tell(() -> listener.succeeded(name, took));
      for (String d : dependents.getOrDefault(name, List.of())) {
        int left = waiting.getOrDefault(d, 0) - 1;
        waiting.put(d, left);
        Task dependent = tasks.get(d);
        if (left == 0 && dependent != null) {
          ready.add(dependent);
        }
      }
    } else if (cancelRequested.contains(name)) {
      results.put(name, new TaskResult(NodeStatus.CANCELLED, start, end, took, error));
      tell(() -> listener.cancelled(name, error));
    } else {
      results.put(name, new TaskResult(NodeStatus.FAILED, start, end, took, error));
      tell(() -> listener.failed(name, error));
      stop();
    }
    admitReady();
    notifyAll();
  }

  /** Holding the lock: admit nothing more and cancel what is admitted. */
  private void stop() {
    if (stopping) {
      return;
    }
    stopping = true;
    for (String name : admitted) {
      cancelRequested.add(name);
      Task t = tasks.get(name);
      try {
        if (t != null) {
          t.cancel();
        }
      } catch (RuntimeException e) {
        // A task that cannot be cancelled runs to its end; the run still waits for it.
      }
    }
  }

  /** Listener calls are guarded: a throwing listener must not leave a task unrecorded. */
  private void tell(Runnable call) {
    try {
      call.run();
    } catch (Throwable e) {
      if (listenerError == null) {
        listenerError = e;
      }
    }
  }

  private void rethrowListenerError() {
    Throwable e = listenerError;
    if (e instanceof RuntimeException r) {
      throw r;
    } else if (e instanceof Error err) {
      throw err;
    } else if (e != null) {
      throw new IllegalStateException("a task listener failed", e);
    }
  }

  private static ThreadFactory daemons(String prefix) {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, prefix + "-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
