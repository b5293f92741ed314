package io.jsetl.processor.pipeline;

import static io.jsetl.processor.pipeline.PipelineSources.NAMES;
import static io.jsetl.processor.pipeline.PipelineSources.report;
import static io.jsetl.processor.pipeline.PipelineSources.source;
import static io.jsetl.processor.testing.Compilations.compile;
import static io.jsetl.processor.testing.Diagnostics.assertOnlyError;

import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** {@code [jsetl/PipelineShape]}: what a generated {@code JsetlX} cannot implement. */
class PipelineShapeTest {
  @Test
  void notAnInterface() {
    JavaFileObject p =
        source("Report", "@Pipeline(factories = Names.class)", "public abstract class Report {}");
    assertOnlyError(
        compile(NAMES, p),
        "[jsetl/PipelineShape] `Report` is annotated @Pipeline but is a class. jsetl generates"
            + " `JsetlReport`, which implements the pipeline's interface. Declare `Report` as an"
            + " interface.",
        p,
        "abstract class Report");
  }

  @Test
  void genericInterface() {
    JavaFileObject p =
        source(
            "Report",
            "@Pipeline(factories = Names.class)",
            "public interface Report<T> {",
            "  List<String> names();",
            "}");
    assertOnlyError(
        compile(NAMES, p),
        "[jsetl/PipelineShape] @Pipeline `Report` has type parameters <T>. Its outputs must have"
            + " exact types for jsetl to wire them. Remove the type parameters.",
        p,
        "interface Report<T>");
  }

  @Test
  void privateInterface() {
    JavaFileObject p =
        source(
            "Outer",
            "public class Outer {",
            "  @Pipeline(factories = Names.class)",
            "  private interface Report {",
            "    List<String> names();",
            "  }",
            "}");
    assertOnlyError(
        compile(NAMES, p),
        "[jsetl/PipelineShape] @Pipeline `Outer.Report` is private or local. The generated"
            + " `JsetlOuter_Report` in its package must implement it. Make it package-private or"
            + " public, and declare it outside any method.",
        p,
        "private interface Report");
  }

  @Test
  void outputWithParameters() {
    JavaFileObject p = report("Names.class", "List<String> names(int limit);");
    assertOnlyError(
        compile(NAMES, p),
        "[jsetl/PipelineShape] output `names()` of `Report` has parameters. An output is identified"
            + " by its return type and @Named id only; the pipeline computes it from its factories."
            + " Remove the parameters (an input the pipeline needs from outside becomes a builder"
            + " step).",
        p,
        "names(int limit)");
  }

  @Test
  void genericOutput() {
    JavaFileObject p = report("Names.class", "<T> List<T> names();");
    assertOnlyError(
        compile(NAMES, p),
        "[jsetl/PipelineShape] output `names()` of `Report` has type parameters. An output must"
            + " name an exact type. Remove the type parameters.",
        p,
        "<T> List<T> names()");
  }

  @Test
  void voidOutput() {
    JavaFileObject p = report("Names.class", "void names();");
    assertOnlyError(
        compile(NAMES, p),
        "[jsetl/PipelineShape] output `names()` of `Report` returns void. An output's return type"
            + " names the deliverable it requests. Return the type a factory delivers.",
        p,
        "void names()");
  }

  @Test
  void factoryListedTwice() {
    JavaFileObject p =
        source(
            "Report",
            "@Pipeline(factories = {",
            "    Names.class,",
            "    Names.class})",
            "public interface Report {",
            "  List<String> names();",
            "}");
    assertOnlyError(
        compile(NAMES, p),
        "[jsetl/PipelineShape] `Report` lists `Names` twice in @Pipeline(factories). Each of its"
            + " @Deliver methods would then deliver twice. Remove the duplicate.",
        p,
        "Names.class})");
  }
}
