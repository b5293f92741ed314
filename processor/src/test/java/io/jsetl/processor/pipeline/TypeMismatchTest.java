package io.jsetl.processor.pipeline;

import static io.jsetl.processor.pipeline.PipelineSources.inPackage;
import static io.jsetl.processor.pipeline.PipelineSources.report;
import static io.jsetl.processor.pipeline.PipelineSources.source;
import static io.jsetl.processor.testing.Compilations.compile;
import static io.jsetl.processor.testing.Diagnostics.assertOnlyError;

import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * {@code [jsetl/TypeMismatch]}: an id delivered as one type and consumed as another, and a source
 * bound to a parameter that a connector cannot fill.
 */
class TypeMismatchTest {
  private static final JavaFileObject NAMES =
      source(
          "Names",
          "public class Names {",
          "  @Deliver(id = \"people\") public List<String> people() { return List.of(\"Ada\"); }",
          "}");

  @Test
  void inputConsumesAnIdAsAnotherType() {
    JavaFileObject counts =
        source(
            "Counts",
            "public class Counts {",
            "  @Deliver public Integer count(@Input(id = \"people\") Set<String> people) {",
            "    return people.size();",
            "  }",
            "}");
    JavaFileObject p = report("{Names.class, Counts.class}", "Integer count();");
    assertOnlyError(
        compile(NAMES, counts, p),
        "[jsetl/TypeMismatch] parameter `people` of `Counts.count` consumes id \"people\" as"
            + " `Set<String>`, but pipeline `Report` delivers \"people\" as `List<String>` by"
            + " `Names.people`. A deliverable is identified by its type and its id together, so"
            + " nothing delivers what the parameter asks for. Change the parameter's type, or its"
            + " @Input id.",
        counts,
        "Set<String> people");
  }

  @Test
  void outputRequestsAnIdAsAnotherType() {
    JavaFileObject p = report("Names.class", "@Named(\"people\") Collection<String> people();");
    assertOnlyError(
        compile(NAMES, p),
        "[jsetl/TypeMismatch] output `people()` of `Report` requests id \"people\" as"
            + " `Collection<String>`, but \"people\" is delivered as `List<String>` by"
            + " `Names.people`. A deliverable is identified by its type and its id together. Change"
            + " the output's return type, or its @Named id.",
        p,
        "Collection<String> people()");
  }

  @Test
  void sameSimpleNamesAreSpelledInFull() {
    JavaFileObject a = inPackage("a", "Citizen", "public record Citizen(String name) {}");
    JavaFileObject b = inPackage("b", "Citizen", "public record Citizen(String name) {}");
    JavaFileObject people =
        source(
            "People",
            "public class People {",
            "  @Deliver(id = \"adults\") public a.Citizen adults() { return new a.Citizen(\"Ada\");"
                + " }",
            "}");
    JavaFileObject p = report("People.class", "@Named(\"adults\") b.Citizen adults();");
    assertOnlyError(
        compile(a, b, people, p),
        "[jsetl/TypeMismatch] output `adults()` of `Report` requests id \"adults\" as `b.Citizen`,"
            + " but \"adults\" is delivered as `a.Citizen` by `People.adults`. A deliverable is"
            + " identified by its type and its id together. Change the output's return type, or its"
            + " @Named id.",
        p,
        "b.Citizen adults()");
  }

  @Test
  void sourceOnATypeThatIsNotADataset() {
    JavaFileObject f =
        source(
            "F",
            "public class F {",
            "  @Deliver public Integer count(",
            "      @Input(source = \"names_csv\") List<String> names) { return names.size(); }",
            "}");
    assertOnlyError(
        compile(f),
        "[jsetl/TypeMismatch] parameter `names` of `F.count` is read from source \"names_csv\" but"
            + " has type `List<String>`. A connector reads rows into a `Dataset<Row>`, or into a"
            + " `Dataset<X>` of a @Schema record X with X_.ENCODER. Declare the parameter as"
            + " `Dataset<Row>` or as a Dataset of a @Schema record.",
        f,
        "source = \"names_csv\"");
  }

  @Test
  void sourceOnADatasetOfAPlainClass() {
    JavaFileObject f =
        source(
            "F",
            "public class F {",
            "  @Deliver public Long count(",
            "      @Input(source = \"names_csv\") Dataset<String> names) { return names.count(); }",
            "}");
    assertOnlyError(
        compile(f),
        "[jsetl/TypeMismatch] parameter `names` of `F.count` is read from source \"names_csv\" but"
            + " has type `Dataset<String>`. A connector reads rows into a `Dataset<Row>`, or into a"
            + " `Dataset<X>` of a @Schema record X with X_.ENCODER. Declare the parameter as"
            + " `Dataset<Row>` or as a Dataset of a @Schema record.",
        f,
        "source = \"names_csv\"");
  }
}
