package io.jsetl.runtime.schedule;

import io.jsetl.runtime.NodeReport;
import io.jsetl.runtime.NodeStatus;
import io.jsetl.runtime.RunListener;
import io.jsetl.runtime.RuntimeErrors;
import io.jsetl.runtime.graph.FactoryVertex;
import io.jsetl.runtime.graph.Vertex;
import io.jsetl.runtime.validate.Validations;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A vertex's body between the user's {@link RunListener} hooks, on the task's own thread (never
 * under the scheduler's lock, so a slow hook delays only its node). A hook that throws is logged
 * and ignored: hooks observe a run, they cannot break it.
 */
final class ListenedCall implements Callable<@Nullable Object> {
  private static final Logger LOG = LoggerFactory.getLogger(ListenedCall.class);

  private final Vertex vertex;
  private final int stage;
  private final Callable<? extends @Nullable Object> body;
  private final List<RunListener> listeners;
  private final Validations validations;

  ListenedCall(
      Vertex vertex,
      int stage,
      Callable<? extends @Nullable Object> body,
      List<RunListener> listeners,
      Validations validations) {
    this.vertex = vertex;
    this.stage = stage;
    this.body = body;
    this.listeners = listeners;
    this.validations = validations;
  }

  @Override
  public @Nullable Object call() throws Exception {
    tell("beforeNode", l -> l.beforeNode(vertex.name()));
    Instant start = Instant.now();
    long t0 = System.nanoTime();
    Throwable failed = null;
    try {
      return body.call();
    } catch (Exception | Error e) {
      failed = e;
      throw e;
    } finally {
      NodeReport report = report(start, Duration.ofNanos(System.nanoTime() - t0), failed);
      tell("afterNode", l -> l.afterNode(report, validations.known(vertex.name())));
    }
  }

  private NodeReport report(Instant start, Duration took, @Nullable Throwable failed) {
    String sink = vertex instanceof FactoryVertex f && f.hasSink() ? f.sink() : "";
    return new NodeReport(
        vertex.name(),
        stage,
        failed == null ? NodeStatus.SUCCEEDED : NodeStatus.FAILED,
        start,
        Instant.now(),
        took,
        sink,
        null,
        failed == null ? null : RuntimeErrors.describe(failed));
  }

  private void tell(String hook, Consumer<RunListener> call) {
    for (RunListener l : listeners) {
      try {
        call.accept(l);
      } catch (RuntimeException e) {
        LOG.warn("RunListener {} failed in {}({}); ignored", l, hook, vertex.name(), e);
      }
    }
  }
}
