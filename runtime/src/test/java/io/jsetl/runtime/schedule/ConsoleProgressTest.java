package io.jsetl.runtime.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jsetl.runtime.graph.PipelineGraph;
import io.jsetl.runtime.testing.TestPipelines;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;

class ConsoleProgressTest {
  @Test
  void oneLinePerNodeStartAndEnd() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    ConsoleProgress progress = new ConsoleProgress(out, PipelineGraph.of(TestPipelines.diamond()));

    progress.started("source:raw");
    progress.succeeded("source:raw", Duration.ofMillis(12));
    progress.started("E.e");
    progress.succeeded("E.e", Duration.ofMillis(410));
    progress.started("C.c");
    progress.failed("C.c", new IllegalStateException("bad input\nmore detail"));
    progress.cancelled("B.b", new CancellationException("job cancelled"));

    assertEquals(
        """
        [jsetl] ▶ stage 0 source:raw
        [jsetl] ✔ source:raw 0.01s
        [jsetl] ▶ stage 2 E.e
        [jsetl] ✔ E.e 0.41s → out
        [jsetl] ▶ stage 2 C.c
        [jsetl] ✘ C.c failed: IllegalStateException: bad input
        [jsetl] ✘ B.b cancelled: CancellationException: job cancelled
        """,
        bytes.toString(StandardCharsets.UTF_8));
  }
}
