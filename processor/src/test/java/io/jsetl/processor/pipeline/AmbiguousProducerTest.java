package io.jsetl.processor.pipeline;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.jsetl.processor.pipeline.PipelineSources.report;
import static io.jsetl.processor.pipeline.PipelineSources.source;
import static io.jsetl.processor.testing.Compilations.compile;
import static io.jsetl.processor.testing.Diagnostics.assertOnlyError;

import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** {@code [jsetl/AmbiguousProducer]}: two factories deliver what one consumer needs. */
class AmbiguousProducerTest {
  private static final JavaFileObject ENGLISH =
      source(
          "English",
          "public class English {",
          "  @Deliver public List<String> names() { return List.of(\"Ada\"); }",
          "}");
  private static final JavaFileObject FRENCH =
      source(
          "French",
          "public class French {",
          "  @Deliver public List<String> names() { return List.of(\"Adèle\"); }",
          "}");

  @Test
  void inputReportedOnceOnItsFirstConsumer() {
    JavaFileObject counts =
        source(
            "Counts",
            "public class Counts {",
            "  @Deliver(id = \"count\") public Integer count(List<String> names) {",
            "    return names.size();",
            "  }",
            "  @Deliver(id = \"first\") public String first(List<String> alsoNames) {",
            "    return alsoNames.get(0);",
            "  }",
            "}");
    JavaFileObject p =
        report(
            "{English.class, French.class, Counts.class}",
            "@Named(\"count\") Integer count();",
            "@Named(\"first\") String first();");
    assertOnlyError(
        compile(ENGLISH, FRENCH, counts, p),
        "[jsetl/AmbiguousProducer] parameter `names` of `Counts.count` needs `List<String>`, which"
            + " pipeline `Report` delivers more than once: `English.names` and `French.names`."
            + " jsetl cannot choose. Set @Input(producer = ...) to the class to use, give the"
            + " deliverables different ids, or remove a factory from the pipeline.",
        counts,
        "List<String> names");
  }

  @Test
  void requestedOutput() {
    JavaFileObject p = report("{English.class, French.class}", "List<String> names();");
    assertOnlyError(
        compile(ENGLISH, FRENCH, p),
        "[jsetl/AmbiguousProducer] output `names()` of `Report` requests `List<String>`, which is"
            + " delivered more than once: `English.names` and `French.names`. jsetl cannot choose."
            + " Give the deliverables different ids and request one with @Named, or remove a"
            + " factory from the pipeline.",
        p,
        "List<String> names()");
  }

  @Test
  void producerRestrictionChoosesOne() {
    JavaFileObject counts =
        source(
            "Counts",
            "public class Counts {",
            "  @Deliver public Integer count(@Input(producer = French.class) List<String> names) {",
            "    return names.size();",
            "  }",
            "}");
    JavaFileObject p = report("{English.class, French.class, Counts.class}", "Integer count();");
    assertThat(compile(ENGLISH, FRENCH, counts, p)).succeeded();
  }
}
