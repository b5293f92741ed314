package io.jsetl.processor.pipeline;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.jsetl.processor.pipeline.PipelineSources.report;
import static io.jsetl.processor.pipeline.PipelineSources.source;
import static io.jsetl.processor.testing.Compilations.compile;

import com.google.testing.compile.Compilation;
import java.util.Locale;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * {@code [jsetl/UnusedOutput]}, a warning: a factory of the pipeline that neither a requested
 * output nor a sink needs, and that has no sink, never runs. Compilation still succeeds.
 */
class UnusedOutputTest {
  @Test
  void onlyTheNodeThatNeverRuns() {
    JavaFileObject f =
        source(
            "F",
            "public class F {",
            "  @Deliver(id = \"names\") public List<String> names() { return List.of(\"Ada\"); }",
            "  @Deliver public Integer count(@Input(id = \"names\") List<String> names) {",
            "    return names.size();",
            "  }",
            "  @Deliver(sink = \"audit\") public String audit() { return \"ok\"; }",
            "  @Deliver public Long spare() { return 0L; }",
            "}");
    JavaFileObject p = report("F.class", "Integer count();");
    Compilation compilation = compile(f, p);
    assertThat(compilation).succeeded();
    assertThat(compilation.warnings()).hasSize(1);
    String message =
        "[jsetl/UnusedOutput] `F.spare` delivers `Long`, but pipeline `Report` neither requests it"
            + " nor needs it for an output or a sink, and it has no sink, so it never runs there."
            + " Request it with a method of `Report`, give it a sink, or remove it.";
    assertThat(compilation.warnings().get(0).getMessage(Locale.ROOT)).isEqualTo(message);
    assertThat(compilation)
        .hadWarningContaining(message)
        .inFile(f)
        .onLineContaining("Long spare()");
  }
}
