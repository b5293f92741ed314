package io.jsetl.runtime.schedule;

import java.util.Set;

/** One unit of work for the {@link DagScheduler}. */
interface Task {
  /** Unique among the tasks of one schedule. */
  String name();

  /** Names of tasks of the same schedule that must succeed first. */
  Set<String> dependencies();

  /** Among ready tasks, higher starts first. */
  int priority();

  void run() throws Exception;

  /**
   * Asks a running task to stop because another failed. Called at most once, possibly from another
   * thread and while the scheduler holds its lock, so it must be quick and must not block; a task
   * that ignores it simply runs to its end.
   */
  void cancel();
}
