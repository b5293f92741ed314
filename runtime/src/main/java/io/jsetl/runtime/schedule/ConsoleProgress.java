package io.jsetl.runtime.schedule;

import io.jsetl.runtime.RuntimeErrors;
import io.jsetl.runtime.graph.FactoryVertex;
import io.jsetl.runtime.graph.PipelineGraph;
import io.jsetl.runtime.report.Format;
import java.io.PrintStream;
import java.time.Duration;

/**
 * One console line per node as it starts and as it ends ({@code jsetl.progress}). Lines go to
 * standard error, like Spark's own log, so that standard output stays the program's.
 */
final class ConsoleProgress implements TaskListener {
  private final PrintStream out;
  private final PipelineGraph graph;

  ConsoleProgress(PrintStream out, PipelineGraph graph) {
    this.out = out;
    this.graph = graph;
  }

  @Override
  public void started(String task) {
    out.println("[jsetl] ▶ stage " + graph.stage(task) + " " + task);
  }

  @Override
  public void succeeded(String task, Duration took) {
    String sink =
        graph.vertex(task) instanceof FactoryVertex f && f.hasSink() ? " → " + f.sink() : "";
    out.println("[jsetl] ✔ " + task + " " + Format.seconds(took) + sink);
  }

  @Override
  public void failed(String task, Throwable cause) {
    out.println("[jsetl] ✘ " + task + " failed: " + RuntimeErrors.describe(cause));
  }

  @Override
  public void cancelled(String task, Throwable cause) {
    out.println("[jsetl] ✘ " + task + " cancelled: " + RuntimeErrors.describe(cause));
  }
}
