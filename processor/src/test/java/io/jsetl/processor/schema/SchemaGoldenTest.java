package io.jsetl.processor.schema;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.jsetl.processor.testing.Goldens.assertMatchesGolden;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.jsetl.processor.JsetlProcessor;
import io.jsetl.processor.testing.Compilations;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/**
 * The generated {@code X_} classes, compared with golden files under
 * {@code src/test/resources/goldens/SchemaGoldenTest/}. Every compilation also compiles the
 * generated code, with all lint warnings on (but -classfile: the DSL carries Checker Framework
 * qualifiers whose jar is only provided).
 */
class SchemaGoldenTest {

  /** Every supported type, a rename, nullability, a nested record, an enum, every check. */
  static final JavaFileObject CITIZEN =
      JavaFileObjects.forSourceLines(
          "t.Citizen",
          "package t;",
          "",
          "import io.jsetl.dsl.Check;",
          "import io.jsetl.dsl.DatasetCheck;",
          "import io.jsetl.dsl.Decimal;",
          "import io.jsetl.dsl.Length;",
          "import io.jsetl.dsl.NotBlank;",
          "import io.jsetl.dsl.OneOf;",
          "import io.jsetl.dsl.Pattern;",
          "import io.jsetl.dsl.Range;",
          "import io.jsetl.dsl.Schema;",
          "import io.jsetl.dsl.Unique;",
          "import java.math.BigDecimal;",
          "import java.time.Instant;",
          "import java.time.LocalDate;",
          "import java.time.LocalDateTime;",
          "import java.util.List;",
          "import java.util.Map;",
          "import java.util.Set;",
          "import org.apache.spark.sql.Column;",
          "import org.apache.spark.sql.functions;",
          "import org.jspecify.annotations.Nullable;",
          "",
          "@Schema",
          "public record Citizen(",
          "    @Unique long id,",
          "    @NotBlank @Length(max = 64) String name,",
          "    @Range(min = 0, max = 150) int age,",
          "    @io.jsetl.dsl.Column(\"e_mail\") @Pattern(\"^[^@]+@[^@]+\\\\.[^@]+$\") @Nullable"
              + " String email,",
          "    boolean active,",
          "    byte level,",
          "    short rank,",
          "    @Range(min = 0.5) float weight,",
          "    double height,",
          "    @Nullable Boolean verified,",
          "    Byte b,",
          "    Short s,",
          "    @OneOf({\"1\", \"2\", \"3\"}) Integer tier,",
          "    @Nullable Long points,",
          "    Float ratio,",
          "    Double score,",
          "    @Decimal(precision = 10, scale = 2) BigDecimal income,",
          "    BigDecimal wealth,",
          "    @Range(from = \"1900-01-01\", to = \"2100-12-31\") LocalDate born,",
          "    @Range(from = \"2000-01-01T00:00:00Z\") Instant seen,",
          "    @Nullable LocalDateTime updated,",
          "    byte @Nullable [] photo,",
          "    @Length(min = 1, max = 10) List<@Nullable String> tags,",
          "    Set<Long> friends,",
          "    Map<String, @Nullable Integer> scores,",
          "    List<Map<String, List<Address>>> deep,",
          "    @OneOf({\"ACTIVE\", \"CLOSED\"}) Status status,",
          "    Address home,",
          "    @Nullable Address work) {",
          "",
          "  public enum Status { ACTIVE, CLOSED }",
          "",
          "  @Check",
          "  public static Column adultsOnly() {",
          "    return functions.col(\"age\").geq(18);",
          "  }",
          "",
          "  @Check(\"at most a million\")",
          "  public static DatasetCheck size() {",
          "    return DatasetCheck.rowCount(0, 1_000_000);",
          "  }",
          "}");

  static final JavaFileObject ADDRESS =
      JavaFileObjects.forSourceLines(
          "t.Address",
          "package t;",
          "",
          "import io.jsetl.dsl.Column;",
          "import io.jsetl.dsl.Schema;",
          "import org.jspecify.annotations.Nullable;",
          "",
          "@Schema",
          "public record Address(String street, @Column(\"zip_code\") @Nullable String zip) {}");

  /**
   * Every Jakarta Bean Validation constraint jsetl checks, jsetl's own {@code @Schema} beside
   * them, and two nested records (one inside the other) whose column rules {@code RULES} includes.
   */
  static final JavaFileObject PERSON =
      JavaFileObjects.forSourceLines(
          "t.Person",
          "package t;",
          "",
          "import io.jsetl.dsl.Schema;",
          "import jakarta.validation.constraints.*;",
          "import java.math.BigDecimal;",
          "import java.time.Instant;",
          "import java.time.LocalDate;",
          "import java.time.LocalDateTime;",
          "import java.util.List;",
          "import org.jspecify.annotations.Nullable;",
          "",
          "@Schema",
          "public record Person(",
          "    @NotBlank @Size(max = 64) String name,",
          "    @Min(0) @Max(150) int age,",
          "    @Positive BigDecimal income,",
          "    @PositiveOrZero @Nullable Integer children,",
          "    @Negative double debt,",
          "    @NegativeOrZero long balance,",
          "    @DecimalMin(value = \"0.5\", inclusive = false) @DecimalMax(\"99.5\") double score,",
          "    @NotEmpty List<String> tags,",
          "    @Pattern(regexp = \"[a-z]{2}\", flags = Pattern.Flag.CASE_INSENSITIVE) String"
              + " country,",
          "    @Email @Nullable String email,",
          "    @Email(regexp = \".+@example\\\\.com\") @Nullable String workEmail,",
          "    @NotNull @Nullable String nickname,",
          "    @Past LocalDate born,",
          "    @PastOrPresent Instant seen,",
          "    @Future LocalDateTime due,",
          "    @FutureOrPresent @Nullable LocalDate renewal,",
          "    @AssertTrue boolean active,",
          "    @AssertFalse @Nullable Boolean deleted,",
          "    Home home,",
          "    @Nullable Home work) {}");

  /**
   * Nested in {@link #PERSON}: its column rules join {@code Person_.RULES} as {@code home.street},
   * but not its {@code @Unique} nor its {@code @Check} method.
   */
  static final JavaFileObject HOME =
      JavaFileObjects.forSourceLines(
          "t.Home",
          "package t;",
          "",
          "import io.jsetl.dsl.Check;",
          "import io.jsetl.dsl.Column;",
          "import io.jsetl.dsl.Schema;",
          "import io.jsetl.dsl.Unique;",
          "import jakarta.validation.constraints.NotBlank;",
          "import jakarta.validation.constraints.Pattern;",
          "import org.apache.spark.sql.functions;",
          "import org.jspecify.annotations.Nullable;",
          "",
          "@Schema",
          "public record Home(",
          "    @NotBlank String street,",
          "    @Column(\"zip_code\") @Pattern(regexp = \"\\\\d{5}\") @Nullable String zip,",
          "    @Unique @Nullable String code,",
          "    @Nullable Geo geo) {",
          "  @Check",
          "  public static org.apache.spark.sql.Column streetKnown() {",
          "    return functions.col(\"street\").isNotNull();",
          "  }",
          "}");

  /** Nested in {@link #HOME}: its rules reach {@code Person_.RULES} as {@code home.geo.lat}. */
  static final JavaFileObject GEO =
      JavaFileObjects.forSourceLines(
          "t.Geo",
          "package t;",
          "",
          "import io.jsetl.dsl.Schema;",
          "import jakarta.validation.constraints.*;",
          "",
          "@Schema",
          "public record Geo(",
          "    @DecimalMin(\"-90\") @DecimalMax(\"90\") double lat,",
          "    @Min(-180) @Max(180) double lon) {}");

  private static Compilation compileStrictly(JavaFileObject... sources) {
    Compilation compilation =
        Compilations.compiler(List.of(new JsetlProcessor()))
            .withOptions("-Xlint:all,-processing,-classfile")
            .compile(sources);
    assertThat(compilation).succeededWithoutWarnings();
    return compilation;
  }

  @Test
  void citizen(TestInfo test) {
    Compilation compilation = compileStrictly(CITIZEN, ADDRESS);
    assertMatchesGolden(compilation, test, "t.Citizen_");
    assertMatchesGolden(compilation, test, "t.Address_");
  }

  @Test
  void jakartaConstraintsAndNestedRecords(TestInfo test) {
    Compilation compilation = compileStrictly(PERSON, HOME, GEO);
    assertMatchesGolden(compilation, test, "t.Person_");
    assertMatchesGolden(compilation, test, "t.Home_");
  }

  /** Named {@code Registry_Entry_}; records must be public everywhere ({@link SchemaShapeTest}). */
  @Test
  void recordNestedInAPublicClass(TestInfo test) {
    JavaFileObject registry =
        JavaFileObjects.forSourceLines(
            "t.Registry",
            "package t;",
            "",
            "public class Registry {",
            "  @io.jsetl.dsl.Schema",
            "  public record Entry(String key, int value) {}",
            "}");
    assertMatchesGolden(compileStrictly(registry), test, "t.Registry_Entry_");
  }

  @Test
  void componentsNamedLikeTheTypesGeneratedCodeUses(TestInfo test) {
    JavaFileObject odd =
        JavaFileObjects.forSourceLines(
            "t.Odd",
            "package t;",
            "",
            "@io.jsetl.dsl.Schema",
            "public record Odd(",
            "    String Encoding,",
            "    String Col,",
            "    @io.jsetl.dsl.Length(min = 1) String Integer,",
            "    @io.jsetl.dsl.Range(min = 0) double Double,",
            "    java.util.List<String> List) {}");
    assertMatchesGolden(compileStrictly(odd), test, "t.Odd_");
  }

  @Test
  void recordWithoutComponents(TestInfo test) {
    JavaFileObject empty =
        JavaFileObjects.forSourceLines(
            "t.Empty", "package t;", "", "@io.jsetl.dsl.Schema", "public record Empty() {}");
    assertMatchesGolden(compileStrictly(empty), test, "t.Empty_");
  }
}
