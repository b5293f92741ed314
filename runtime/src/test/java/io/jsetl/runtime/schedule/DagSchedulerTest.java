package io.jsetl.runtime.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jsetl.runtime.NodeStatus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class DagSchedulerTest {
  private static void await(CountDownLatch latch) throws InterruptedException {
    if (!latch.await(10, TimeUnit.SECONDS)) {
      throw new AssertionError("timed out: the tasks did not overlap as they should");
    }
  }

  @Test
  void aTaskStartsAsSoonAsItsInputsExistNotWhenItsStageEnds() {
    // a and c are in stage 1, b (after a) in stage 2; c waits for b. A stage-by-stage scheduler
    // would wait for c before starting b, and time out.
    CountDownLatch bDone = new CountDownLatch(1);
    List<Task> tasks =
        List.of(
            LambdaTask.of("a", Set.of(), () -> {}),
            LambdaTask.of("b", Set.of("a"), bDone::countDown),
            LambdaTask.of("c", Set.of(), () -> await(bDone)));

    Outcome outcome = DagScheduler.run(tasks, 2, TaskListener.NONE, "test");

    assertFalse(outcome.failed(), outcome::toString);
  }

  @Test
  void independentTasksRunTogetherUpToTheParallelism() {
    // Each task waits until all three are in: only a scheduler that runs three at once finishes.
    CountDownLatch allIn = new CountDownLatch(3);
    List<Task> tasks = new ArrayList<>();
    for (String name : List.of("x", "y", "z")) {
      tasks.add(
          LambdaTask.of(
              name,
              Set.of(),
              () -> {
                allIn.countDown();
                await(allIn);
              }));
    }

    Outcome outcome = DagScheduler.run(tasks, 3, TaskListener.NONE, "test");

    assertFalse(outcome.failed(), outcome::toString);
  }

  @Test
  void readyTasksStartByPriorityThenName() {
    Probe probe = new Probe(0);
    List<Task> tasks =
        List.of(
            new LambdaTask("low", Set.of(), 0, () -> {}, () -> {}),
            new LambdaTask("high-b", Set.of(), 5, () -> {}, () -> {}),
            new LambdaTask("high-a", Set.of(), 5, () -> {}, () -> {}));

    DagScheduler.run(tasks, 1, probe, "test");

    assertEquals(
        List.of("start high-a", "ok high-a", "start high-b", "ok high-b", "start low", "ok low"),
        probe.events());
  }

  @Test
  void aFailureIsReportedWithItsCauseAndItsDependentsNeverRun() {
    IllegalStateException boom = new IllegalStateException("boom");
    List<Task> tasks =
        List.of(
            LambdaTask.of("a", Set.of(), () -> {
              throw boom;
            }),
            LambdaTask.of("b", Set.of("a"), () -> {}));

    Outcome outcome = DagScheduler.run(tasks, 2, TaskListener.NONE, "test");

    assertEquals(NodeStatus.FAILED, outcome.results().get("a").status());
    assertSame(boom, outcome.results().get("a").error());
    assertEquals(TaskResult.NOT_RUN, outcome.results().get("b"));
  }

  @Test
  void aRunningTaskThatFinishesDespiteCancellationSucceeds() {
    CountDownLatch slowStarted = new CountDownLatch(1);
    CountDownLatch cancelAsked = new CountDownLatch(1);
    List<Task> tasks =
        List.of(
            new LambdaTask("slow", Set.of(), 0, () -> {
              slowStarted.countDown();
              await(cancelAsked);
            }, cancelAsked::countDown),
            LambdaTask.of("boom", Set.of(), () -> {
              await(slowStarted);
              throw new IllegalStateException("boom");
            }));

    Outcome outcome = DagScheduler.run(tasks, 2, TaskListener.NONE, "test");

    assertEquals(NodeStatus.SUCCEEDED, outcome.results().get("slow").status());
    assertEquals(NodeStatus.FAILED, outcome.results().get("boom").status());
  }

  @Test
  void anErrorThrownByATaskIsRecordedNotLost() {
    List<Task> tasks = List.of(LambdaTask.of("oom", Set.of(), () -> {
      throw new OutOfMemoryError("simulated");
    }));

    Outcome outcome = DagScheduler.run(tasks, 1, TaskListener.NONE, "test");

    assertInstanceOf(OutOfMemoryError.class, outcome.results().get("oom").error());
  }

  @Test
  void interruptingTheCallerCancelsTheRunningTasks() throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch cancelled = new CountDownLatch(1);
    List<Task> tasks =
        List.of(
            new LambdaTask(
                "blocked",
                Set.of(),
                0,
                () -> {
                  started.countDown();
                  await(cancelled);
                  throw new IllegalStateException("cancelled");
                },
                cancelled::countDown),
            LambdaTask.of("after", Set.of("blocked"), () -> {}));
    AtomicReference<Outcome> outcome = new AtomicReference<>();
    AtomicReference<Boolean> stillInterrupted = new AtomicReference<>();
    Thread caller =
        new Thread(
            () -> {
              outcome.set(DagScheduler.run(tasks, 1, TaskListener.NONE, "test"));
              stillInterrupted.set(Thread.currentThread().isInterrupted());
            });

    caller.start();
    await(started);
    caller.interrupt();
    caller.join(10_000);

    assertTrue(outcome.get().interrupted());
    assertEquals(NodeStatus.CANCELLED, outcome.get().results().get("blocked").status());
    assertEquals(NodeStatus.NOT_RUN, outcome.get().results().get("after").status());
    assertTrue(stillInterrupted.get(), "the interrupt flag is restored for the caller");
  }

  @Test
  void aThrowingListenerSurfacesAfterEveryTaskEnded() {
    List<String> ran = Collections.synchronizedList(new ArrayList<>());
    TaskListener broken =
        new TaskListener() {
          @Override
          public void succeeded(String task, Duration took) {
            throw new IllegalStateException("listener bug");
          }
        };
    List<Task> tasks =
        List.of(LambdaTask.of("a", Set.of(), () -> ran.add("a")), LambdaTask.of("b", Set.of("a"), () -> ran.add("b")));

    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> DagScheduler.run(tasks, 1, broken, "test"));

    assertEquals("listener bug", e.getMessage());
    assertEquals(List.of("a", "b"), ran);
  }

  @Test
  void anUnknownDependencyIsRefused() {
    List<Task> tasks = List.of(LambdaTask.of("a", Set.of("ghost"), () -> {}));

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> DagScheduler.run(tasks, 1, TaskListener.NONE, "test"));

    assertEquals("a depends on unknown task ghost", e.getMessage());
  }
}
