package io.jsetl.runtime.schedule;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Watches tasks run: how many run at once (high-water mark), how often each ran, whether one
 * started before a dependency finished, and the scheduler's events in order (as a listener).
 */
final class Probe implements TaskListener {
  private final AtomicInteger running = new AtomicInteger();
  private final AtomicInteger highWater = new AtomicInteger();
  private final Map<String, AtomicInteger> runs = new ConcurrentHashMap<>();
  private final Set<String> finished = ConcurrentHashMap.newKeySet();
  private final List<String> violations = Collections.synchronizedList(new ArrayList<>());
  private final List<String> events = Collections.synchronizedList(new ArrayList<>());
  private final int spins;

  /** @param spins how many times a task yields while "working", so that tasks overlap */
  Probe(int spins) {
    this.spins = spins;
  }

  void enter(Task t) {
    int now = running.incrementAndGet();
    highWater.accumulateAndGet(now, Math::max);
    runs.computeIfAbsent(t.name(), k -> new AtomicInteger()).incrementAndGet();
    for (String d : t.dependencies()) {
      if (!finished.contains(d)) {
        violation(t.name() + " started before " + d + " finished");
      }
    }
  }

  void work() {
    for (int i = 0; i < spins; i++) {
      Thread.yield();
    }
  }

  void leave(Task t) {
    finished.add(t.name());
    running.decrementAndGet();
  }

  void violation(String what) {
    violations.add(what);
  }

  int highWater() {
    return highWater.get();
  }

  int runs(String task) {
    AtomicInteger n = runs.get(task);
    return n == null ? 0 : n.get();
  }

  List<String> violations() {
    return List.copyOf(violations);
  }

  List<String> events() {
    return List.copyOf(events);
  }

  @Override
  public void started(String task) {
    events.add("start " + task);
  }

  @Override
  public void succeeded(String task, Duration took) {
    events.add("ok " + task);
  }

  @Override
  public void failed(String task, Throwable cause) {
    events.add("fail " + task);
  }

  @Override
  public void cancelled(String task, Throwable cause) {
    events.add("cancel " + task);
  }
}
