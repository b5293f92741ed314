package io.jsetl.runtime.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jsetl.runtime.NodeStatus;
import io.jsetl.runtime.schedule.ProbeTask.Behaviour;
import io.jsetl.runtime.testing.RandomDag;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The scheduler core on random DAGs of plain tasks (no Spark): ordering, the parallelism bound,
 * exactly-once, and what a failure does to the rest.
 */
class DagSchedulerPropertiesTest {
  /** @param priorities per vertex, so that ready tasks are picked in varied orders */
  record Schedule(RandomDag dag, int parallelism, List<Integer> priorities) {}

  /**
   * @param failing tasks that throw; the first of them has no blocker among its ancestors, so it
   *     is bound to run and the run cannot wait forever
   * @param blockers tasks that end only when cancelled, fewer than the parallelism, so they never
   *     hold every thread
   */
  record FailingSchedule(Schedule schedule, Set<Integer> failing, Set<Integer> blockers) {}

  @Provide
  Arbitrary<Schedule> schedules() {
    return RandomDag.between(1, 14)
        .flatMap(
            dag ->
                Combinators.combine(
                        Arbitraries.integers().between(1, 4),
                        Arbitraries.integers().between(0, 3).list().ofSize(dag.size()))
                    .as((p, priorities) -> new Schedule(dag, p, priorities)));
  }

  @Provide
  Arbitrary<FailingSchedule> failingSchedules() {
    return schedules()
        .flatMap(
            s ->
                Combinators.combine(
                        Arbitraries.integers().between(0, s.dag().size() - 1),
                        Arbitraries.integers().between(0, 99).list().ofSize(s.dag().size()))
                    .as((first, rolls) -> failing(s, first, rolls)));
  }

  private static FailingSchedule failing(Schedule s, int first, List<Integer> rolls) {
    Set<Integer> failing = new TreeSet<>(Set.of(first));
    Set<Integer> blockers = new TreeSet<>();
    Set<Integer> ancestorsOfFirst = s.dag().closure(Set.of(first));
    for (int i = 0; i < s.dag().size(); i++) {
      if (i == first) {
        continue;
      }
      if (rolls.get(i) < 15) {
        failing.add(i);
      } else if (rolls.get(i) < 45
          && !ancestorsOfFirst.contains(i)
          && blockers.size() < s.parallelism() - 1) {
        blockers.add(i);
      }
    }
    return new FailingSchedule(s, failing, blockers);
  }

  private static List<Task> tasks(Schedule s, Probe probe, Set<Integer> failing, Set<Integer> blockers) {
    List<Task> tasks = new ArrayList<>();
    for (int i = 0; i < s.dag().size(); i++) {
      Set<String> deps =
          s.dag().upstream().get(i).stream().map(RandomDag::name).collect(Collectors.toSet());
      Behaviour b =
          failing.contains(i)
              ? Behaviour.FAIL
              : blockers.contains(i) ? Behaviour.BLOCK_UNTIL_CANCELLED : Behaviour.SUCCEED;
      tasks.add(new ProbeTask(RandomDag.name(i), deps, s.priorities().get(i), b, probe));
    }
    return tasks;
  }

  @Property(tries = 500, seed = "42")
  void everyTaskRunsOnceAfterItsDependenciesWithinTheBound(@ForAll("schedules") Schedule s) {
    Probe probe = new Probe(20);

    Outcome outcome =
        DagScheduler.run(tasks(s, probe, Set.of(), Set.of()), s.parallelism(), probe, "test");

    assertFalse(outcome.failed(), outcome::toString);
    assertEquals(List.of(), probe.violations());
    assertTrue(probe.highWater() <= s.parallelism(), "high water " + probe.highWater());
    for (int i = 0; i < s.dag().size(); i++) {
      assertEquals(1, probe.runs(RandomDag.name(i)), RandomDag.name(i));
    }
  }

  @Property(tries = 500, seed = "43")
  void aFailureCancelsTheRunningAndStartsNothingMore(@ForAll("failingSchedules") FailingSchedule f) {
    Schedule s = f.schedule();
    Probe probe = new Probe(5);

    Outcome outcome = DagScheduler.run(tasks(s, probe, f.failing(), f.blockers()), s.parallelism(), probe, "test");

    assertTrue(outcome.failed());
    assertEquals(List.of(), probe.violations());
    assertTrue(probe.highWater() <= s.parallelism(), "high water " + probe.highWater());
    Map<String, TaskResult> results = outcome.results();
    Set<String> failed = namesWith(results, NodeStatus.FAILED);
    assertFalse(failed.isEmpty());
    assertTrue(names(f.failing()).containsAll(failed), failed::toString);

    List<String> events = probe.events();
    int firstFailure = indexOfFirst(events, "fail ");
    assertTrue(firstFailure >= 0);
    assertTrue(
        events.subList(firstFailure, events.size()).stream().noneMatch(e -> e.startsWith("start ")),
        events::toString);

    for (int i = 0; i < s.dag().size(); i++) {
      String name = RandomDag.name(i);
      NodeStatus status = results.get(name).status();
      assertEquals(status == NodeStatus.NOT_RUN ? 0 : 1, probe.runs(name), name + " " + status);
      if (f.blockers().contains(i) && status != NodeStatus.NOT_RUN) {
        assertEquals(NodeStatus.CANCELLED, status, name);
      }
      if (failed.contains(name)) {
        for (int d : s.dag().descendants(i)) {
          assertEquals(0, probe.runs(RandomDag.name(d)), RandomDag.name(d) + " ran after " + name + " failed");
        }
      }
    }
  }

  private static int indexOfFirst(List<String> events, String prefix) {
    for (int i = 0; i < events.size(); i++) {
      if (events.get(i).startsWith(prefix)) {
        return i;
      }
    }
    return -1;
  }

  private static Set<String> namesWith(Map<String, TaskResult> results, NodeStatus status) {
    return results.entrySet().stream()
        .filter(e -> e.getValue().status() == status)
        .map(Map.Entry::getKey)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static Set<String> names(Set<Integer> vertices) {
    return vertices.stream().map(RandomDag::name).collect(Collectors.toCollection(TreeSet::new));
  }
}
