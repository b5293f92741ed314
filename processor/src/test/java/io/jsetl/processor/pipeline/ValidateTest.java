package io.jsetl.processor.pipeline;

import static io.jsetl.processor.pipeline.PipelineSources.source;
import static io.jsetl.processor.testing.Compilations.compile;
import static io.jsetl.processor.testing.Diagnostics.assertOnlyError;

import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * {@code [jsetl/InvalidCheck]} on {@code @Validate}: it validates a {@code Dataset} of a {@code
 * @Schema} record, a quarantine needs DROP, and outside a {@code @Deliver} method (or on an
 * injected parameter) it would check nothing.
 */
class ValidateTest {
  private static final JavaFileObject CITIZEN =
      source("Citizen", "@Schema", "public record Citizen(String name, int age) {}");

  @Test
  void onARowDataset() {
    JavaFileObject f =
        source(
            "F",
            "public class F {",
            "  @Deliver",
            "  public Dataset<Row> rows(@Validate @Input(source = \"raw\") Dataset<Row> raw) {",
            "    return raw;",
            "  }",
            "}");
    assertOnlyError(
        compile(f),
        "[jsetl/InvalidCheck] @Validate on parameter `raw` of `F.rows` cannot check"
            + " `Dataset<Row>`: jsetl validates a `Dataset<X>` whose X is a @Schema record, with"
            + " X's rules. Validate a Dataset of a @Schema record (e.g. convert with"
            + " .as(X_.ENCODER)), or remove @Validate.",
        f,
        "Dataset<Row> raw");
  }

  @Test
  void onAMethodThatDeliversAnythingElse() {
    JavaFileObject f =
        source(
            "F",
            "public class F {",
            "  @Validate",
            "  @Deliver public List<String> names() { return List.of(); }",
            "}");
    assertOnlyError(
        compile(f),
        "[jsetl/InvalidCheck] @Validate on the output of `F.names` cannot check"
            + " `List<String>`: jsetl validates a `Dataset<X>` whose X is a @Schema record, with"
            + " X's rules. Validate a Dataset of a @Schema record (e.g. convert with"
            + " .as(X_.ENCODER)), or remove @Validate.",
        f,
        "@Validate");
  }

  @Test
  void quarantineWithoutDrop() {
    JavaFileObject f =
        source(
            "F",
            "public class F {",
            "  @Validate(onFailure = OnFailure.REPORT, quarantine = \"bad\")",
            "  @Deliver public Dataset<Citizen> citizens(Dataset<Citizen> in) { return in; }",
            "}");
    assertOnlyError(
        compile(CITIZEN, f),
        "[jsetl/InvalidCheck] @Validate on the output of `F.citizens` names quarantine \"bad\""
            + " with onFailure = REPORT. Only DROP removes invalid rows, so only DROP can"
            + " quarantine them. Set onFailure = OnFailure.DROP, or remove quarantine.",
        f,
        "quarantine = \"bad\"");
  }

  @Test
  void onAnInjectedParameter() {
    JavaFileObject f =
        source(
            "F",
            "public class F {",
            "  @Deliver public Dataset<Citizen> citizens(Dataset<Citizen> in, @Validate"
                + " SparkSession spark) {",
            "    return in;",
            "  }",
            "}");
    assertOnlyError(
        compile(CITIZEN, f),
        "[jsetl/InvalidCheck] @Validate on parameter `spark` of `F.citizens` checks nothing: a"
            + " `SparkSession` is injected by jsetl, it is not a dataset. Remove @Validate.",
        f,
        "SparkSession spark");
  }

  @Test
  void onAMethodWithoutDeliver() {
    JavaFileObject f =
        source(
            "F",
            "public class F {",
            "  @Validate",
            "  public Dataset<Citizen> citizens(Dataset<Citizen> in) { return in; }",
            "}");
    assertOnlyError(
        compile(CITIZEN, f),
        "[jsetl/InvalidCheck] @Validate on method `citizens()` of `F` checks nothing: jsetl"
            + " validates the output of a @Deliver method and the inputs of one. Add @Deliver to"
            + " the method, or remove @Validate.",
        f,
        "@Validate");
  }

  @Test
  void onAParameterOfAMethodWithoutDeliver() {
    JavaFileObject f =
        source(
            "F",
            "public class F {",
            "  public Dataset<Citizen> citizens(@Validate Dataset<Citizen> in) { return in; }",
            "}");
    assertOnlyError(
        compile(CITIZEN, f),
        "[jsetl/InvalidCheck] @Validate on parameter `in` of method `citizens()` of `F` checks"
            + " nothing: jsetl validates the output of a @Deliver method and the inputs of one."
            + " Add @Deliver to the method, or remove @Validate.",
        f,
        "@Validate Dataset<Citizen> in");
  }
}
