package io.jsetl.processor.snapshot;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.jsetl.processor.snapshot.SnapshotSources.record;
import static io.jsetl.processor.snapshot.SnapshotSources.snapshotText;
import static io.jsetl.processor.testing.Goldens.assertTextMatchesGolden;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.jsetl.processor.JsetlProcessor;
import io.jsetl.processor.testing.Compilations;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;

/**
 * The snapshot the processor writes for each clean {@code @Schema} record, into {@code
 * META-INF/jsetl/schemas/} of the class output, compared with golden files under {@code
 * src/test/resources/goldens/SnapshotTest/}.
 */
class SnapshotTest {

  /** Every column type, a rename, nullability, every check, a nested record and check methods. */
  static final JavaFileObject CITIZEN =
      JavaFileObjects.forSourceLines(
          "t.Citizen",
          "package t;",
          "",
          "import io.jsetl.dsl.*;",
          "import java.math.BigDecimal;",
          "import java.time.*;",
          "import java.util.*;",
          "import org.apache.spark.sql.functions;",
          "import org.jspecify.annotations.Nullable;",
          "",
          "@Schema(version = 3)",
          "public record Citizen(",
          "    @Unique long id,",
          "    @NotBlank @Length(max = 64) String name,",
          "    @Range(min = 0, max = 150) int age,",
          "    @Column(\"e_mail\") @Pattern(\"^[^@]+@[^@]+\\\\.[^@]+$\") @Nullable String email,",
          "    boolean active,",
          "    byte level,",
          "    Short rank,",
          "    @Range(min = 0.5) float weight,",
          "    @Nullable Double height,",
          "    @Decimal(precision = 10, scale = 2) BigDecimal income,",
          "    BigDecimal wealth,",
          "    @Range(from = \"1900-01-01\") LocalDate born,",
          "    Instant seen,",
          "    @Nullable LocalDateTime updated,",
          "    byte @Nullable [] photo,",
          "    @Length(min = 1, max = 10) List<@Nullable String> tags,",
          "    Set<Long> friends,",
          "    Map<String, Integer> scores,",
          "    @OneOf({\"ACTIVE\", \"CLOSED\"}) Status status,",
          "    Address home,",
          "    @Nullable List<Address> previous) {",
          "",
          "  public enum Status { ACTIVE, CLOSED }",
          "",
          "  @Check",
          "  public static org.apache.spark.sql.Column adultsOnly() {",
          "    return functions.col(\"age\").geq(18);",
          "  }",
          "",
          "  @Check(\"at most a million\")",
          "  public static DatasetCheck size() {",
          "    return DatasetCheck.rowCount(0, 1_000_000);",
          "  }",
          "}");

  static final JavaFileObject ADDRESS =
      record("@Schema", "Address", "String street", "@Column(\"zip code\") @Nullable String zip");

  @Test
  void citizen(TestInfo test) {
    Compilation compilation = Compilations.compile(CITIZEN, ADDRESS);
    assertThat(compilation).succeededWithoutWarnings();
    assertTextMatchesGolden(snapshotText(compilation, "t.Citizen"), test, "t.Citizen.json");
    assertTextMatchesGolden(snapshotText(compilation, "t.Address"), test, "t.Address.json");
  }

  @Test
  void nestedInAClass(TestInfo test) {
    JavaFileObject registry =
        JavaFileObjects.forSourceLines(
            "t.Registry",
            "package t;",
            "",
            "public class Registry {",
            "  @io.jsetl.dsl.Schema",
            "  public record Entry(String key, int value) {}",
            "}");
    assertTextMatchesGolden(
        snapshotText(Compilations.compile(registry), "t.Registry.Entry"),
        test,
        "t.Registry.Entry.json");
  }

  @Test
  void sameSourcesGiveTheSameBytesInAnyOrder() {
    String first = snapshotText(Compilations.compile(CITIZEN, ADDRESS), "t.Citizen");
    String again = snapshotText(Compilations.compile(CITIZEN, ADDRESS), "t.Citizen");
    String reversed = snapshotText(Compilations.compile(ADDRESS, CITIZEN), "t.Citizen");
    assertThat(again).isEqualTo(first);
    assertThat(reversed).isEqualTo(first);
  }

  @Test
  void snapshotReadsBackLikeTheRecord() {
    SchemaSnapshot snapshot =
        SnapshotJson.read(snapshotText(Compilations.compile(CITIZEN, ADDRESS), "t.Citizen"));
    assertThat(snapshot.record()).isEqualTo("t.Citizen");
    assertThat(snapshot.version()).isEqualTo(3);
    assertThat(snapshot.columns().get(3))
        .isEqualTo(
            new SchemaSnapshot.Column(
                "e_mail", "string", true, List.of("pattern[^[^@]+@[^@]+\\.[^@]+$]")));
    assertThat(snapshot.rules()).containsExactly("adultsOnly", "at most a million").inOrder();
  }

  /** With the real javac (compile-testing hides the output of a failed compilation). */
  @Test
  void noSnapshotOfARecordWithErrors(@TempDir Path out) throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, null)) {
      files.setLocationFromPaths(StandardLocation.CLASS_OUTPUT, List.of(out));
      files.setLocationFromPaths(StandardLocation.SOURCE_OUTPUT, List.of(out));
      files.setLocation(StandardLocation.CLASS_PATH, Compilations.CLASSPATH);
      JavaCompiler.CompilationTask task =
          javac.getTask(
              null,
              files,
              diagnostic -> {},
              List.of(),
              null,
              List.of(ADDRESS, record("@Schema", "Bad", "@Range(min = 2, max = 1) int n")));
      task.setProcessors(List.of(new JsetlProcessor()));
      assertThat(task.call()).isFalse();
    }
    Path schemas = out.resolve("META-INF/jsetl/schemas");
    assertThat(Files.exists(schemas.resolve("t.Address.json"))).isTrue();
    assertThat(Files.exists(schemas.resolve("t.Bad.json"))).isFalse();
  }

  /** javac warns about an option no processor declares; jsetl declares the baseline option. */
  @Test
  void baselineOptionIsDeclared(@TempDir Path baseline) {
    Compilation compilation =
        Compilations.compiler(List.of(new JsetlProcessor()))
            .withOptions("-Ajsetl.schemas.baseline=" + baseline)
            .compile(ADDRESS);
    assertThat(compilation).succeededWithoutWarnings();
    // The check above would see the warning: an option nobody declares gets one.
    assertThat(
            Compilations.compiler(List.of(new JsetlProcessor()))
                .withOptions("-Ajsetl.no.such.option=1")
                .compile(ADDRESS))
        .hadWarningContaining("jsetl.no.such.option");
  }
}
