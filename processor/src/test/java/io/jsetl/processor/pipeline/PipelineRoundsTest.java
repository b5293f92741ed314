package io.jsetl.processor.pipeline;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.jsetl.processor.pipeline.PipelineSources.report;
import static io.jsetl.processor.pipeline.PipelineSources.source;
import static io.jsetl.processor.testing.Diagnostics.errors;
import static io.jsetl.processor.testing.Goldens.generatedSource;

import com.google.testing.compile.Compilation;
import io.jsetl.processor.testing.Compilations;
import io.jsetl.processor.testing.GeneratesOnce;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Processing over rounds: a factory or pipeline that mentions a type another processor generates is
 * deferred until the type exists; a type that never exists is javac's error alone.
 */
class PipelineRoundsTest {
  private static final JavaFileObject FACTORY =
      source(
          "Labels",
          "public class Labels {",
          "  @Deliver public String label(Ticket ticket) { return ticket.toString(); }",
          "}");
  private static final JavaFileObject PIPELINE = report("Labels.class", "String label();");

  @Test
  void typeGeneratedByAnotherProcessor() {
    Compilation compilation =
        Compilations.compileWith(
            List.of(new GeneratesOnce("t.Ticket", "package t; public record Ticket(long id) {}")),
            FACTORY,
            PIPELINE);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(generatedSource(compilation, "t.Labels_Wiring"))
        .contains("in -> factory.get().label(in.<Ticket>get(0))");
    assertThat(generatedSource(compilation, "t.JsetlReport"))
        .contains("BuildStage ticket(Ticket ticket);");
  }

  @Test
  void typeThatNeverExists() {
    Compilation compilation = Compilations.compile(FACTORY, PIPELINE);
    assertThat(compilation).failed();
    assertThat(errors(compilation)).hasSize(1);
    assertThat(compilation)
        .hadErrorContaining("cannot find symbol")
        .inFile(FACTORY)
        .onLineContaining("Ticket ticket");
  }

  @Test
  void annotationValueThatDoesNotCompile() {
    JavaFileObject f =
        source(
            "F",
            "public class F {",
            "  @Deliver(id = NO_SUCH_CONSTANT) public String label() { return \"\"; }",
            "}");
    JavaFileObject p = report("F.class", "String label();");
    Compilation compilation = Compilations.compile(f, p);
    assertThat(errors(compilation)).hasSize(1);
    assertThat(compilation)
        .hadErrorContaining("cannot find symbol")
        .inFile(f)
        .onLineContaining("NO_SUCH_CONSTANT");
  }
}
