package io.jsetl.processor.pipeline;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.jsetl.processor.pipeline.PipelineSources.source;
import static io.jsetl.processor.testing.Compilations.compile;
import static io.jsetl.processor.testing.Goldens.assertMatchesGolden;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/**
 * The generated {@code X_Wiring} and {@code JsetlX}, compared with golden files under {@code
 * src/test/resources/goldens/PipelineGoldenTest/<method>/}.
 */
class PipelineGoldenTest {
  /**
   * A diamond: {@code citizens} (read from a source) feeds {@code adults} and {@code seniors},
   * which both feed {@code cityStats}, the requested output and a sink. {@code adults} also needs
   * an external input, {@code minAge}.
   */
  @Test
  void diamond(TestInfo test) {
    JavaFileObject citizen =
        source("Citizen", "@Schema", "public record Citizen(String name, int age, String city) {}");
    JavaFileObject factories =
        source(
            "CitizenFactories",
            "public class CitizenFactories {",
            "  @Deliver(id = \"citizens\")",
            "  public Dataset<Citizen> citizens(@Input(source = \"citizens_csv\") Dataset<Citizen>"
                + " all) {",
            "    return all;",
            "  }",
            "",
            "  @Deliver(id = \"adults\")",
            "  public Dataset<Citizen> adults(",
            "      @Input(id = \"citizens\") Dataset<Citizen> citizens, @Input(id = \"minAge\") int"
                + " minAge) {",
            "    return citizens.where(Citizen_.age.ge(minAge));",
            "  }",
            "",
            "  @Deliver(id = \"seniors\")",
            "  public Dataset<Citizen> seniors(@Input(id = \"citizens\") Dataset<Citizen> citizens)"
                + " {",
            "    return citizens.where(Citizen_.age.ge(65));",
            "  }",
            "",
            "  @Deliver(sink = \"city_stats\")",
            "  public Dataset<Row> cityStats(",
            "      @Input(id = \"adults\") Dataset<Citizen> adults,",
            "      @Input(id = \"seniors\") Dataset<Citizen> seniors,",
            "      SparkSession spark) {",
            "    return adults.union(seniors).toDF();",
            "  }",
            "}");
    JavaFileObject report =
        source(
            "CitizenReport",
            "@Pipeline(factories = CitizenFactories.class)",
            "public interface CitizenReport {",
            "  Dataset<Row> cityStats();",
            "}");
    Compilation compilation = compile(citizen, factories, report);
    assertThat(compilation).succeededWithoutWarnings();
    assertMatchesGolden(compilation, test, "t.CitizenFactories_Wiring");
    assertMatchesGolden(compilation, test, "t.JsetlCitizenReport");
  }

  /**
   * Every kind of builder step: a required external input named after its type, a factory that must
   * be supplied (no public no-argument constructor), a static-only factory (no step), an optional
   * external input, and injected parameters and a producer restriction in the wiring.
   */
  @Test
  void builderSteps(TestInfo test) {
    JavaFileObject lookups =
        source(
            "Lookups",
            "public class Lookups {",
            "  private final String prefix;",
            "",
            "  public Lookups(String prefix) {",
            "    this.prefix = prefix;",
            "  }",
            "",
            "  @Deliver(id = \"labels\")",
            "  public List<String> labels(List<Long> ids, @Input(id = \"locale\", optional = true)"
                + " String locale) {",
            "    return ids.stream().map(id -> prefix + id + (locale == null ? \"\" : \"@\" +"
                + " locale)).toList();",
            "  }",
            "}");
    JavaFileObject counters =
        source(
            "Counters",
            "public final class Counters {",
            "  private Counters() {}",
            "",
            "  @Deliver",
            "  public static long count(",
            "      @Input(id = \"labels\", producer = Lookups.class) List<String> labels,",
            "      RunContext context,",
            "      Config config) {",
            "    return labels.size();",
            "  }",
            "}");
    JavaFileObject labels =
        source(
            "Labels",
            "@Pipeline(factories = {Lookups.class, Counters.class})",
            "public interface Labels {",
            "  @Named(\"labels\") List<String> labels();",
            "",
            "  long count();",
            "}");
    Compilation compilation = compile(lookups, counters, labels);
    assertThat(compilation).succeededWithoutWarnings();
    assertMatchesGolden(compilation, test, "t.Lookups_Wiring");
    assertMatchesGolden(compilation, test, "t.Counters_Wiring");
    assertMatchesGolden(compilation, test, "t.JsetlLabels");
  }

  /**
   * {@code @Validate} on a source-bound input (DROP with a quarantine), on a produced input (the
   * mode left to the setting), and on a {@code @Deliver} method (FAIL, written): each marked
   * {@code .validated(new ValidationSpec(...))} with the record's {@code RULES}.
   */
  @Test
  void validated(TestInfo test) {
    JavaFileObject citizen =
        source(
            "Citizen",
            "@Schema",
            "public record Citizen(@NotBlank String name, @Range(min = 0, max = 150) int age) {}");
    JavaFileObject factories =
        source(
            "CitizenFactories",
            "public class CitizenFactories {",
            "  @Deliver(id = \"citizens\")",
            "  public Dataset<Citizen> citizens(",
            "      @Validate(onFailure = OnFailure.DROP, quarantine = \"bad_rows\")",
            "      @Input(source = \"citizens_csv\") Dataset<Citizen> all) {",
            "    return all;",
            "  }",
            "",
            "  @Validate(onFailure = OnFailure.FAIL)",
            "  @Deliver(id = \"adults\", sink = \"adults_out\")",
            "  public Dataset<Citizen> adults(@Validate @Input(id = \"citizens\") Dataset<Citizen>"
                + " citizens) {",
            "    return citizens.where(Citizen_.age.ge(18));",
            "  }",
            "}");
    JavaFileObject report =
        source(
            "Adults",
            "@Pipeline(factories = CitizenFactories.class)",
            "public interface Adults {",
            "  @Named(\"adults\") Dataset<Citizen> adults();",
            "}");
    Compilation compilation = compile(citizen, factories, report);
    assertThat(compilation).succeededWithoutWarnings();
    assertMatchesGolden(compilation, test, "t.CitizenFactories_Wiring");
  }

  /** Nested factories and pipelines get flat top-level names: {@code Outer_Inner_Wiring}. */
  @Test
  void nestedTypes() {
    JavaFileObject outer =
        source(
            "Outer",
            "public class Outer {",
            "  public static class Names {",
            "    @Deliver public List<String> names() { return List.of(\"Ada\"); }",
            "  }",
            "",
            "  @Pipeline(factories = Names.class)",
            "  public interface Report {",
            "    List<String> names();",
            "  }",
            "}");
    Compilation compilation = compile(outer);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("t.Outer_Names_Wiring");
    assertThat(compilation).generatedSourceFile("t.JsetlOuter_Report");
  }
}
