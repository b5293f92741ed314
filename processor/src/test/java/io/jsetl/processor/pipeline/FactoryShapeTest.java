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
 * {@code [jsetl/FactoryShape]}: each class with {@code @Deliver} methods is checked on its own,
 * whether or not a pipeline lists it (none of these sources has a pipeline).
 */
class FactoryShapeTest {
  @Test
  void methodNotPublic() {
    JavaFileObject f =
        source("F", "public class F {", "  @Deliver String name() { return \"\"; }", "}");
    assertOnlyError(
        compile(f),
        "[jsetl/FactoryShape] `F.name` is a @Deliver method but is not public. The generated wiring"
            + " calls it directly, from outside its class. Make it public.",
        f,
        "String name()");
  }

  @Test
  void methodGeneric() {
    JavaFileObject f =
        source(
            "F",
            "public class F {",
            "  @Deliver public <T> List<T> items() { return List.of(); }",
            "}");
    assertOnlyError(
        compile(f),
        "[jsetl/FactoryShape] `F.items` is a @Deliver method with type parameters <T>. A"
            + " deliverable is identified by its exact type, which a type variable leaves open."
            + " Remove the type parameters and use concrete types.",
        f,
        "List<T> items()");
  }

  @Test
  void methodReturnsVoid() {
    JavaFileObject f = source("F", "public class F {", "  @Deliver public void load() {}", "}");
    assertOnlyError(
        compile(f),
        "[jsetl/FactoryShape] `F.load` is a @Deliver method but returns void. A factory delivers"
            + " what it returns. Return the value it computes, or remove @Deliver.",
        f,
        "void load()");
  }

  @Test
  void methodAbstract() {
    JavaFileObject f =
        source("F", "public abstract class F {", "  @Deliver public abstract String name();", "}");
    assertOnlyError(
        compile(f),
        "[jsetl/FactoryShape] `F.name` is a @Deliver method without a body. The generated wiring"
            + " calls it directly, so it needs one. Implement it here, or put @Deliver on the"
            + " implementation.",
        f,
        "abstract String name()");
  }

  @Test
  void twoDeliverMethodsWithOneName() {
    JavaFileObject f =
        source(
            "F",
            "public class F {",
            "  @Deliver public String name() { return \"\"; }",
            "  @Deliver(id = \"other\") public String name(Integer length) { return \"\"; }",
            "}");
    assertOnlyError(
        compile(f),
        "[jsetl/FactoryShape] there is more than one @Deliver method `F.name`. A node is named"
            + " after its class and method, and node names must be unique. Rename one of them.",
        f,
        "String name(Integer length)");
  }

  @Test
  void classNotPublic() {
    JavaFileObject f =
        source("F", "class F {", "  @Deliver public String name() { return \"\"; }", "}");
    assertOnlyError(
        compile(f),
        "[jsetl/FactoryShape] `F` declares @Deliver methods but is not public. Generated pipelines,"
            + " possibly in other packages, create it and call its methods. Make `F` (and every"
            + " class around it) public.",
        f,
        "class F {");
  }

  @Test
  void innerClass() {
    JavaFileObject f =
        source(
            "Outer",
            "public class Outer {",
            "  public class Inner {",
            "    @Deliver public String name() { return \"\"; }",
            "  }",
            "}");
    assertOnlyError(
        compile(f),
        "[jsetl/FactoryShape] `Outer.Inner` declares @Deliver methods but is an inner (non-static)"
            + " class. Only an instance of `Outer` can create it, and jsetl has none. Make"
            + " `Outer.Inner` a static nested class.",
        f,
        "public class Inner {");
  }

  @Test
  void genericClass() {
    JavaFileObject f =
        source("F", "public class F<T> {", "  @Deliver public String name() { return \"\"; }", "}");
    assertOnlyError(
        compile(f),
        "[jsetl/FactoryShape] `F` declares @Deliver methods but has type parameters <T>. A"
            + " deliverable is identified by its exact type, which a type parameter leaves open."
            + " Remove the type parameters, or deliver from a subclass that fixes them.",
        f,
        "public class F<T> {");
  }

  @Test
  void interfaceWithDeliverMethods() {
    JavaFileObject f =
        source(
            "F", "public interface F {", "  @Deliver static String name() { return \"\"; }", "}");
    assertOnlyError(
        compile(f),
        "[jsetl/FactoryShape] `F` declares @Deliver methods but is an interface. Factories are"
            + " classes whose methods the generated wiring calls. Move the @Deliver methods to a"
            + " public class.",
        f,
        "public interface F {");
  }

  @Test
  void injectedParameterWithInput() {
    JavaFileObject f =
        source(
            "F",
            "public class F {",
            "  @Deliver public String name(@Input(id = \"s\") SparkSession spark) { return \"\"; }",
            "}");
    assertOnlyError(
        compile(f),
        "[jsetl/FactoryShape] parameter `spark` of `F.name` is a `SparkSession`, which jsetl"
            + " injects, but it is annotated @Input. Injected parameters are not deliverables and"
            + " have no id, source or producer. Remove @Input.",
        f,
        "SparkSession spark");
  }

  @Test
  void optionalPrimitive() {
    JavaFileObject f =
        source(
            "F",
            "public class F {",
            "  @Deliver public String name(",
            "      @Input(id = \"length\", optional = true) int length) { return \"\"; }",
            "}");
    assertOnlyError(
        compile(f),
        "[jsetl/FactoryShape] parameter `length` of `F.name` is optional but has the primitive type"
            + " `int`. When nothing provides it, jsetl passes null, which `int` cannot hold."
            + " Declare it as `Integer`.",
        f,
        "optional = true");
  }

  @Test
  void sourceAndProducer() {
    JavaFileObject f =
        source(
            "F",
            "public class F {",
            "  @Deliver public String name(",
            "      @Input(source = \"rows\", producer = F.class) Dataset<Row> rows) { return \"\";"
                + " }",
            "}");
    assertOnlyError(
        compile(f),
        "[jsetl/FactoryShape] parameter `rows` of `F.name` sets both source = \"rows\" and producer"
            + " = F.class. An input read from a connector is never produced by a factory. Remove"
            + " source or producer.",
        f,
        "producer = F.class");
  }

  @Test
  void everyProblemOfAClassIsReported() {
    JavaFileObject f =
        source(
            "F",
            "public class F {",
            "  @Deliver String hidden() { return \"\"; }",
            "  @Deliver public void nothing() {}",
            "  @Deliver public <T> T anything() { return null; }",
            "  @Deliver public String fine() { return \"\"; }",
            "}");
    Compilation compilation = compile(f);
    assertThat(errors(compilation)).hasSize(3);
    assertError(
        compilation,
        "[jsetl/FactoryShape] `F.hidden` is a @Deliver method but is not public. The generated"
            + " wiring calls it directly, from outside its class. Make it public.",
        f,
        "hidden()");
    assertThat(errors(compilation).get(0)).contains("`F.anything` is a @Deliver method with type");
    assertThat(errors(compilation).get(2)).contains("`F.nothing` is a @Deliver method but returns");
  }

  @Test
  void pipelineOverABrokenFactoryAddsNoSecondError() {
    JavaFileObject f =
        source("F", "public class F {", "  @Deliver String name() { return \"\"; }", "}");
    JavaFileObject p = report("F.class", "String name();");
    Compilation compilation = compile(f, p);
    assertOnlyError(
        compilation,
        "[jsetl/FactoryShape] `F.name` is a @Deliver method but is not public. The generated wiring"
            + " calls it directly, from outside its class. Make it public.",
        f,
        "String name()");
  }
}
