package io.jsetl.runtime.schedule;

import java.util.Set;

/** A task from a lambda, for example-based scheduler tests. */
record LambdaTask(String name, Set<String> dependencies, int priority, Body body, Runnable onCancel)
    implements Task {
  @FunctionalInterface
  interface Body {
    void run() throws Exception;
  }

  static LambdaTask of(String name, Set<String> dependencies, Body body) {
    return new LambdaTask(name, dependencies, 0, body, () -> {});
  }

  @Override
  public void run() throws Exception {
    body.run();
  }

  @Override
  public void cancel() {
    onCancel.run();
  }
}
