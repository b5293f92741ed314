package io.jsetl.processor.snapshot;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static io.jsetl.processor.snapshot.SnapshotSources.snapshotText;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.jsetl.dsl.Rule;
import io.jsetl.dsl.RuleSet;
import io.jsetl.processor.testing.Compilations;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A snapshot says what the generated code does: each column's type and nullability are those of
 * {@code X_.SCHEMA} (Spark's own type text, {@code catalogString}), and its rule names those of
 * {@code X_.RULES}, so the snapshot, the schema and validation reports never disagree. Checked on
 * jsetl's checks ({@code Citizen}) and on Jakarta constraints ({@code Member}).
 */
class SnapshotGeneratedCodeTest {
  static final JavaFileObject MEMBER =
      JavaFileObjects.forSourceLines(
          "t.Member",
          "package t;",
          "",
          "import jakarta.validation.constraints.*;",
          "import java.time.LocalDate;",
          "import java.util.List;",
          "import org.jspecify.annotations.Nullable;",
          "",
          "@io.jsetl.dsl.Schema",
          "public record Member(",
          "    @Positive int points,",
          "    @Min(1) @Max(10) long level,",
          "    @DecimalMin(value = \"0.5\", inclusive = false) double ratio,",
          "    @Email String email,",
          "    @Email(regexp = \".*@acme\\\\.com\") String work,",
          "    @AssertTrue boolean active,",
          "    @Past LocalDate born,",
          "    @NotNull @Nullable String code,",
          "    @NotEmpty @Nullable String nick,",
          "    @Size(min = 1) List<String> tags,",
          "    @Pattern(regexp = \"[a-z]+\") String slug) {}");

  @TempDir static Path dir;
  private static ClassLoader loader;
  private static Compilation compilation;

  @BeforeAll
  static void compile() {
    JavaFileObject[] sources = {SnapshotTest.CITIZEN, SnapshotTest.ADDRESS, MEMBER};
    loader = Compilations.compileAndLoad(dir, sources);
    compilation = Compilations.compile(sources);
  }

  @ParameterizedTest
  @ValueSource(strings = {"t.Citizen", "t.Member"})
  void columnsAreThoseOfTheGeneratedSparkSchema(String record) throws Exception {
    StructType schema = (StructType) constant(record, "SCHEMA");
    assertThat(
            snapshot(record).columns().stream().map(SnapshotGeneratedCodeTest::describe).toList())
        .containsExactlyElementsIn(
            List.of(schema.fields()).stream().map(SnapshotGeneratedCodeTest::describe).toList())
        .inOrder();
  }

  @ParameterizedTest
  @ValueSource(strings = {"t.Citizen", "t.Member"})
  void rulesAreThoseOfTheGeneratedRuleSet(String record) throws Exception {
    RuleSet<?> rules = (RuleSet<?>) constant(record, "RULES");
    SchemaSnapshot snapshot = snapshot(record);
    for (SchemaSnapshot.Column column : snapshot.columns()) {
      assertWithMessage("rules of %s", column.name())
          .that(column.rules())
          .containsExactlyElementsIn(names(rules.forColumn(column.name())))
          .inOrder();
    }
    assertThat(snapshot.rules()).containsExactlyElementsIn(names(rules.forColumn("*"))).inOrder();
  }

  private static SchemaSnapshot snapshot(String record) {
    return SnapshotJson.read(snapshotText(compilation, record));
  }

  private static List<String> names(List<Rule> rules) {
    return rules.stream().map(Rule::name).toList();
  }

  /**
   * Spark prints struct field names unquoted; a snapshot quotes {@code `zip code`} to be readable
   * back, which is the only difference.
   */
  private static String describe(SchemaSnapshot.Column column) {
    return column.name()
        + " "
        + column.type().replace("`", "")
        + (column.nullable() ? "" : " not null");
  }

  private static String describe(StructField field) {
    return field.name()
        + " "
        + field.dataType().catalogString()
        + (field.nullable() ? "" : " not null");
  }

  private static Object constant(String record, String name) throws Exception {
    return loader.loadClass(record + "_").getField(name).get(null);
  }
}
