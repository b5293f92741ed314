package io.jsetl.processor.pipeline;

import static com.google.common.truth.Truth.assertThat;
import static io.jsetl.processor.pipeline.PipelineSources.report;
import static io.jsetl.processor.pipeline.PipelineSources.source;
import static io.jsetl.processor.testing.Compilations.compile;
import static io.jsetl.processor.testing.Diagnostics.assertError;
import static io.jsetl.processor.testing.Diagnostics.assertOnlyError;
import static io.jsetl.processor.testing.Diagnostics.errors;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * {@code [jsetl/Cycle]}: needed nodes that depend on each other. Each cycle is reported once, as
 * its shortest loop, from its first node by name, in the direction data flows.
 */
class CycleTest {
  private static final String FIX =
      " (each node's output is an input of the next). No node of a cycle can run first. Break the"
          + " cycle: change an @Input id or type, or read one of the inputs from a source.";

  @Test
  void twoNodes() {
    JavaFileObject loop =
        source(
            "Loop",
            "public class Loop {",
            "  @Deliver(id = \"a\") public String a(@Input(id = \"b\") String fromB) { return"
                + " fromB; }",
            "  @Deliver(id = \"b\") public String b(@Input(id = \"a\") String fromA) { return"
                + " fromA; }",
            "}");
    assertOnlyError(
        compile(loop, report("Loop.class", "@Named(\"a\") String a();")),
        "[jsetl/Cycle] pipeline `Report` has a dependency cycle: `Loop.a -> Loop.b -> Loop.a`"
            + FIX,
        loop,
        "String fromB");
  }

  @Test
  void nodeThatNeedsItsOwnOutput() {
    JavaFileObject loop =
        source(
            "Loop",
            "public class Loop {",
            "  @Deliver public Long grow(Long previous) { return previous + 1; }",
            "}");
    assertOnlyError(
        compile(loop, report("Loop.class", "Long grow();")),
        "[jsetl/Cycle] pipeline `Report` has a dependency cycle: `Loop.grow -> Loop.grow`" + FIX,
        loop,
        "Long previous");
  }

  @Test
  void theShortestLoopOfATangleOnce() {
    // a -> b -> c -> d -> a, and c -> a: one tangle, reported once as its shortest loop.
    JavaFileObject loop =
        source(
            "Loop",
            "public class Loop {",
            "  @Deliver(id = \"a\") public String a(@Input(id = \"d\") String d,",
            "      @Input(id = \"c\") String c) { return d + c; }",
            "  @Deliver(id = \"b\") public String b(@Input(id = \"a\") String a) { return a; }",
            "  @Deliver(id = \"c\") public String c(@Input(id = \"b\") String b) { return b; }",
            "  @Deliver(id = \"d\") public String d(@Input(id = \"c\") String c) { return c; }",
            "}");
    assertOnlyError(
        compile(loop, report("Loop.class", "@Named(\"d\") String d();")),
        "[jsetl/Cycle] pipeline `Report` has a dependency cycle: `Loop.a -> Loop.b -> Loop.c ->"
            + " Loop.a`"
            + FIX,
        loop,
        "@Input(id = \"c\") String c) { return d + c; }");
  }

  @Test
  void twoSeparateCycles() {
    JavaFileObject loop =
        source(
            "Loop",
            "public class Loop {",
            "  @Deliver(id = \"a\") public String a(@Input(id = \"b\") String fromB) { return"
                + " fromB; }",
            "  @Deliver(id = \"b\") public String b(@Input(id = \"a\") String fromA) { return"
                + " fromA; }",
            "  @Deliver(id = \"x\") public String x(@Input(id = \"x\") String self) { return self;"
                + " }",
            "}");
    Compilation compilation =
        compile(loop, report("Loop.class", "@Named(\"a\") String a(); @Named(\"x\") String x();"));
    assertThat(errors(compilation)).hasSize(2);
    assertError(
        compilation,
        "[jsetl/Cycle] pipeline `Report` has a dependency cycle: `Loop.a -> Loop.b -> Loop.a`"
            + FIX,
        loop,
        "String fromB");
    assertError(
        compilation,
        "[jsetl/Cycle] pipeline `Report` has a dependency cycle: `Loop.x -> Loop.x`" + FIX,
        loop,
        "String self");
  }
}
