package io.jsetl.runtime.schedule;

import java.time.Duration;

/**
 * Hears what the scheduler does, in the order it does it: every call is made under the
 * scheduler's lock, so a listener sees one consistent sequence (no task "started" after the first
 * "failed") and must be quick.
 */
interface TaskListener {
  TaskListener NONE = new TaskListener() {};

  default void started(String task) {}

  default void succeeded(String task, Duration took) {}

  default void failed(String task, Throwable cause) {}

  default void cancelled(String task, Throwable cause) {}
}
