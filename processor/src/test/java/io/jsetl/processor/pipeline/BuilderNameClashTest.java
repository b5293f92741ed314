package io.jsetl.processor.pipeline;

import static com.google.common.truth.Truth.assertThat;
import static io.jsetl.processor.pipeline.PipelineSources.inPackage;
import static io.jsetl.processor.pipeline.PipelineSources.report;
import static io.jsetl.processor.pipeline.PipelineSources.source;
import static io.jsetl.processor.testing.Compilations.compile;
import static io.jsetl.processor.testing.Diagnostics.assertError;
import static io.jsetl.processor.testing.Diagnostics.assertOnlyError;
import static io.jsetl.processor.testing.Diagnostics.errors;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.CompilationSubject;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * {@code [jsetl/NameClash]} for what a pipeline generates: builder steps, output methods, and the
 * names derived from factory classes.
 */
class BuilderNameClashTest {
  private static final String RULE =
      " A step is named after the input's id, or after its type for the default id, and steps must"
          + " have distinct names. ";

  @Test
  void twoExternalInputsWantOneStep() {
    JavaFileObject a = inPackage("a", "Citizen", "public record Citizen(String name) {}");
    JavaFileObject b = inPackage("b", "Citizen", "public record Citizen(String name) {}");
    JavaFileObject f =
        source(
            "F",
            "public class F {",
            "  @Deliver public String both(",
            "      List<a.Citizen> left,",
            "      List<b.Citizen> right) { return \"\"; }",
            "}");
    JavaFileObject p = report("F.class", "String both();");
    Compilation compilation = compile(a, b, f, p);
    assertThat(errors(compilation)).hasSize(2);
    assertError(
        compilation,
        "[jsetl/NameClash] builder step `citizenList(...)` of `JsetlReport` would serve both input"
            + " `java.util.List<a.Citizen>` (parameter `left` of `F.both`) and input"
            + " `java.util.List<b.Citizen>` (parameter `right` of `F.both`)."
            + RULE
            + "Give the parameter its own id, e.g. @Input(id = \"left\").",
        f,
        "List<a.Citizen> left");
    assertError(
        compilation,
        "[jsetl/NameClash] builder step `citizenList(...)` of `JsetlReport` would serve both input"
            + " `java.util.List<b.Citizen>` (parameter `right` of `F.both`) and input"
            + " `java.util.List<a.Citizen>` (parameter `left` of `F.both`)."
            + RULE
            + "Give the parameter its own id, e.g. @Input(id = \"right\").",
        f,
        "List<b.Citizen> right");
  }

  @Test
  void externalInputNamedLikeAStandardStep() {
    JavaFileObject f =
        source(
            "F",
            "public class F {",
            "  @Deliver public String label(@Input(id = \"config\") String config) { return config;"
                + " }",
            "}");
    JavaFileObject p = report("F.class", "String label();");
    assertOnlyError(
        compile(f, p),
        "[jsetl/NameClash] builder step `config(...)` of `JsetlReport` would serve both input"
            + " `String` with id \"config\" (parameter `config` of `F.label`) and the `config(...)`"
            + " step of every jsetl builder."
            + RULE
            + "Give the parameter its own id, e.g. @Input(id = \"labelConfig\").",
        f,
        "String config)");
  }

  @Test
  void externalInputNamedLikeTheListenerStep() {
    JavaFileObject f =
        source(
            "F",
            "public class F {",
            "  @Deliver public String label(@Input(id = \"listener\") String listener) {",
            "    return listener;",
            "  }",
            "}");
    JavaFileObject p = report("F.class", "String label();");
    assertOnlyError(
        compile(f, p),
        "[jsetl/NameClash] builder step `listener(...)` of `JsetlReport` would serve both input"
            + " `String` with id \"listener\" (parameter `listener` of `F.label`) and the"
            + " `listener(...)` step of every jsetl builder."
            + RULE
            + "Give the parameter its own id, e.g. @Input(id = \"labelListener\").",
        f,
        "String listener)");
  }

  /** The builder keeps its listeners in a field of its own, whatever an input's step is called. */
  @Test
  void externalInputNamedLikeTheListenersField() {
    JavaFileObject f =
        source(
            "F",
            "public class F {",
            "  @Deliver public String label(@Input(id = \"listeners\") String names) {",
            "    return names;",
            "  }",
            "}");
    JavaFileObject p = report("F.class", "String label();");
    CompilationSubject.assertThat(compile(f, p)).succeededWithoutWarnings();
  }

  @Test
  void outputNamedLikeAGeneratedMethod() {
    JavaFileObject f =
        source("F", "public class F {", "  @Deliver public String label() { return \"\"; }", "}");
    JavaFileObject p = report("F.class", "String run();");
    assertOnlyError(
        compile(f, p),
        "[jsetl/NameClash] output `run()` of `Report` has the name of a method that the generated"
            + " `JsetlReport` already has (run, explain, mermaid, dot, builder). A class cannot"
            + " have both. Rename the output method.",
        p,
        "String run()");
  }

  @Test
  void factoriesWithOneSimpleName() {
    JavaFileObject a =
        inPackage(
            "a",
            "Names",
            "public class Names {",
            "  @Deliver public String first() { return \"\"; }",
            "}");
    JavaFileObject b =
        inPackage(
            "b",
            "Names",
            "public class Names {",
            "  @Deliver public Integer count() { return 0; }",
            "}");
    JavaFileObject p =
        source(
            "Report",
            "@Pipeline(factories = {a.Names.class,",
            "    b.Names.class})",
            "public interface Report {",
            "  String first();",
            "}");
    assertOnlyError(
        compile(a, b, p),
        "[jsetl/NameClash] `Report` lists two factory classes named `Names`: `a.Names` and"
            + " `b.Names`. Node names (Names.method) and builder steps are derived from simple"
            + " names and would clash. Rename one of the classes, or split the pipeline.",
        p,
        "b.Names.class})");
  }
}
