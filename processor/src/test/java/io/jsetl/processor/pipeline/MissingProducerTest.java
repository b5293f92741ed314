package io.jsetl.processor.pipeline;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.jsetl.processor.pipeline.PipelineSources.NAMES;
import static io.jsetl.processor.pipeline.PipelineSources.report;
import static io.jsetl.processor.pipeline.PipelineSources.source;
import static io.jsetl.processor.testing.Compilations.compile;
import static io.jsetl.processor.testing.Diagnostics.assertOnlyError;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * {@code [jsetl/MissingProducer]}: what a pipeline needs and nothing can provide. An input without
 * a producer restriction is never missing: it becomes a builder step.
 */
class MissingProducerTest {
  @Test
  void requestedOutputThatNothingDelivers() {
    JavaFileObject p =
        report("Names.class", "List<String> names();", "@Named(\"total\") Long total();");
    assertOnlyError(
        compile(NAMES, p),
        "[jsetl/MissingProducer] output `total()` of `Report` requests `Long` with id \"total\","
            + " but no factory of the pipeline delivers it (factories: `Names`). A requested output"
            + " must be computed by a @Deliver method. Add a @Deliver method that returns it, or"
            + " list a factory class that has one in @Pipeline(factories).",
        p,
        "Long total()");
  }

  @Test
  void outputWithoutTheIdItsProducerDeliversSuggestsNamedIt() {
    JavaFileObject kept =
        source(
            "Kept",
            "public class Kept {",
            "  @Deliver(id = \"kept\") public List<String> kept() { return List.of(); }",
            "}");
    JavaFileObject p = report("Kept.class", "List<String> kept();");
    assertOnlyError(
        compile(kept, p),
        "[jsetl/MissingProducer] output `kept()` of `Report` requests `List<String>`, but the"
            + " pipeline delivers that type only under other ids: `Kept.kept` delivers \"kept\". An"
            + " output is matched by type and id. Name the output with @Named(\"kept\") to request"
            + " it, or give the @Deliver method the output's id.",
        p,
        "List<String> kept()");
  }

  @Test
  void producerThatIsNotAFactoryOfThePipeline() {
    JavaFileObject counts =
        source(
            "Counts",
            "public class Counts {",
            "  @Deliver public Integer count(",
            "      @Input(producer = Elsewhere.class) List<String> names) { return names.size(); }",
            "}");
    JavaFileObject elsewhere =
        source(
            "Elsewhere",
            "public class Elsewhere {",
            "  @Deliver public List<String> names() { return List.of(); }",
            "}");
    JavaFileObject p = report("{Names.class, Counts.class}", "Integer count();");
    assertOnlyError(
        compile(NAMES, counts, elsewhere, p),
        "[jsetl/MissingProducer] parameter `names` of `Counts.count` needs `List<String>` from"
            + " producer `Elsewhere`, but `Elsewhere` is not a factory of pipeline `Report`. Only"
            + " listed factories run, and the input is not optional. Add Elsewhere.class to"
            + " @Pipeline(factories) of `Report`, change producer, or set optional = true.",
        counts,
        "producer = Elsewhere.class");
  }

  @Test
  void producerThatDeliversSomethingElse() {
    JavaFileObject counts =
        source(
            "Counts",
            "public class Counts {",
            "  @Deliver public Integer count(",
            "      @Input(id = \"people\", producer = Names.class) List<String> names) {",
            "    return names.size();",
            "  }",
            "}");
    JavaFileObject p = report("{Names.class, Counts.class}", "Integer count();");
    Compilation compilation = compile(NAMES, counts, p);
    assertOnlyError(
        compilation,
        "[jsetl/MissingProducer] parameter `names` of `Counts.count` needs `List<String>` with id"
            + " \"people\" from producer `Names`, but `Names` delivers no `List<String>` with id"
            + " \"people\" in pipeline `Report`. The producer restriction rules out other factories"
            + " and builder values, and the input is not optional. Add a @Deliver method for it to"
            + " `Names`, change producer, or set optional = true.",
        counts,
        "producer = Names.class");
  }

  @Test
  void factoryWithoutDeliverMethods() {
    JavaFileObject helpers = source("Helpers", "public class Helpers {}");
    JavaFileObject p =
        source(
            "Report",
            "@Pipeline(factories = {Names.class,",
            "    Helpers.class})",
            "public interface Report {",
            "  List<String> names();",
            "}");
    assertOnlyError(
        compile(NAMES, helpers, p),
        "[jsetl/MissingProducer] `Report` lists `Helpers` in @Pipeline(factories), but `Helpers`"
            + " has no @Deliver method, so it produces nothing. Remove it from factories, or"
            + " annotate its factory methods with @Deliver.",
        p,
        "Helpers.class})");
  }

  @Test
  void optionalInputWithAProducerThatDeliversNothingIsAbsent() {
    JavaFileObject counts =
        source(
            "Counts",
            "public class Counts {",
            "  @Deliver public Integer count(",
            "      @Input(id = \"people\", producer = Names.class, optional = true) List<String>"
                + " names) {",
            "    return names == null ? 0 : names.size();",
            "  }",
            "}");
    JavaFileObject p = report("{Names.class, Counts.class}", "Integer count();");
    Compilation compilation = compile(NAMES, counts, p);
    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningCount(1); // Names.names: nothing needs it any more
  }

  @Test
  void onlyWhatOutputsAndSinksNeedIsChecked() {
    JavaFileObject counts =
        source(
            "Counts",
            "public class Counts {",
            "  @Deliver public Integer count(@Input(producer = Counts.class) Long missing) {",
            "    return 0;",
            "  }",
            "}");
    JavaFileObject p = report("{Names.class, Counts.class}", "List<String> names();");
    Compilation compilation = compile(NAMES, counts, p);
    assertThat(compilation).succeeded();
    assertThat(compilation.warnings()).hasSize(1);
    assertThat(compilation).hadWarningContaining("`Counts.count` delivers `Integer`");
  }
}
