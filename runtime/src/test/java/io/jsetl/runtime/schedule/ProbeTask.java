package io.jsetl.runtime.schedule;

import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A scheduler task for tests that records into a {@link Probe} how it was run, and behaves as told:
 * succeed, fail, or block until cancelled (like a Spark job that only a cancellation ends).
 */
final class ProbeTask implements Task {
  enum Behaviour {
    SUCCEED,
    FAIL,
    BLOCK_UNTIL_CANCELLED
  }

  private final String name;
  private final Set<String> dependencies;
  private final int priority;
  private final Behaviour behaviour;
  private final Probe probe;
  private final CountDownLatch cancelled = new CountDownLatch(1);

  ProbeTask(String name, Set<String> dependencies, int priority, Behaviour behaviour, Probe probe) {
    this.name = name;
    this.dependencies = Set.copyOf(dependencies);
    this.priority = priority;
    this.behaviour = behaviour;
    this.probe = probe;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public Set<String> dependencies() {
    return dependencies;
  }

  @Override
  public int priority() {
    return priority;
  }

  @Override
  public void run() throws InterruptedException {
    probe.enter(this);
    try {
      switch (behaviour) {
        case SUCCEED -> probe.work();
        case FAIL -> {
          probe.work();
          throw new IllegalStateException("boom in " + name);
        }
        case BLOCK_UNTIL_CANCELLED -> {
          if (!cancelled.await(20, TimeUnit.SECONDS)) {
            probe.violation(name + " was never cancelled");
            return;
          }
          throw new CancellationException("job of " + name + " cancelled");
        }
      }
    } finally {
      probe.leave(this);
    }
  }

  @Override
  public void cancel() {
    cancelled.countDown();
  }
}
