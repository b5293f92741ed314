package io.jsetl.processor.schema;

import static com.google.common.truth.Truth.assertThat;

import com.google.testing.compile.JavaFileObjects;
import io.jsetl.dsl.Rule;
import io.jsetl.dsl.RuleSet;
import io.jsetl.dsl.Violation;
import io.jsetl.processor.testing.Compilations;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Jakarta constraints of {@link SchemaGoldenTest#PERSON} (and its nested records), compiled,
 * loaded and run: each maps to the rule its Jakarta meaning asks for, and the generated {@code
 * violations(x)} checks records with those rules in plain Java, nested records through their
 * accessors when they are not null.
 */
class JakartaRulesRuntimeTest {
  /** Records to check: one valid, one that breaks every rule once, one without a home. */
  private static final JavaFileObject SAMPLES =
      JavaFileObjects.forSourceLines(
          "t.Samples",
          "package t;",
          "",
          "import java.math.BigDecimal;",
          "import java.time.*;",
          "import java.util.List;",
          "",
          "public class Samples {",
          "  public static Person valid() {",
          "    return new Person(\"Ada\", 36, new BigDecimal(\"1000\"), 0, -1.0, 0L, 50.0,"
              + " List.of(\"x\"),",
          "        \"fr\", \"ada@example.org\", \"ada@example.com\", \"ada\","
              + " LocalDate.of(1990, 1, 1),",
          "        Instant.parse(\"2020-01-01T00:00:00Z\"), LocalDateTime.of(2999, 1, 1, 0, 0),"
              + " null, true,",
          "        false, new Home(\"1 Main St\", \"12345\", \"h1\", new Geo(45.0, 7.0)), null);",
          "  }",
          "",
          "  public static Person invalid() {",
          "    return new Person(\" \", 200, BigDecimal.ZERO, -1, 0.0, 1L, 0.5, List.of(), \"FRA\",",
          "        \"not an address\", \"ada@example.org\", null, LocalDate.of(2999, 1, 1),",
          "        Instant.parse(\"2999-01-01T00:00:00Z\"), LocalDateTime.of(2000, 1, 1, 0, 0),",
          "        LocalDate.of(2000, 1, 1), false, true,",
          "        new Home(\"\", \"1234\", null, new Geo(91.0, -181.0)),",
          "        new Home(null, null, null, null));",
          "  }",
          "",
          "  public static Person homeless() {",
          "    Person p = valid();",
          "    return new Person(p.name(), p.age(), p.income(), p.children(), p.debt(),"
              + " p.balance(),",
          "        p.score(), p.tags(), p.country(), p.email(), p.workEmail(), p.nickname(),"
              + " p.born(),",
          "        p.seen(), p.due(), p.renewal(), p.active(), p.deleted(), null, null);",
          "  }",
          "}");

  @TempDir static Path dir;
  private static ClassLoader loader;

  @BeforeAll
  static void compile() {
    loader =
        Compilations.compileAndLoad(
            dir, SchemaGoldenTest.PERSON, SchemaGoldenTest.HOME, SchemaGoldenTest.GEO, SAMPLES);
  }

  @Test
  void eachConstraintBecomesTheRuleOfItsMeaning() throws Exception {
    RuleSet<?> rules = (RuleSet<?>) loader.loadClass("t.Person_").getField("RULES").get(null);

    assertThat(rules.rules().stream().map(JakartaRulesRuntimeTest::describe).toList())
        .containsExactly(
            "name notNull", // @NotBlank
            "name notBlank",
            "name length[0..64]", // @Size(max = 64)
            "age range[0..]", // @Min(0)
            "age range[..150]", // @Max(150)
            "income notNull",
            "income range(0..]", // @Positive
            "children range[0..]", // @PositiveOrZero
            "debt range[..0)", // @Negative
            "balance range[..0]", // @NegativeOrZero
            "score range(0.5..]", // @DecimalMin(value = "0.5", inclusive = false)
            "score range[..99.5]", // @DecimalMax("99.5")
            "tags notNull", // @NotEmpty
            "tags length[1..]",
            "country notNull",
            "country pattern[(?i)\\A(?:[a-z]{2})\\z]", // whole value, flag inline
            "email email",
            "workEmail email",
            "workEmail pattern[\\A(?:.+@example\\.com)\\z]", // @Email(regexp)
            "nickname notNull", // @NotNull on a @Nullable component
            "born notNull",
            "born past",
            "seen notNull",
            "seen pastOrPresent",
            "due notNull",
            "due future",
            "renewal futureOrPresent",
            "active oneOf[true]", // @AssertTrue
            "deleted oneOf[false]", // @AssertFalse
            "home notNull",
            "home.street notNull",
            "home.street notBlank",
            "home.zip_code pattern[\\A(?:\\d{5})\\z]",
            "home.geo.lat range[-90..]",
            "home.geo.lat range[..90]",
            "home.geo.lon range[-180..]",
            "home.geo.lon range[..180]",
            "work.street notNull",
            "work.street notBlank",
            "work.zip_code pattern[\\A(?:\\d{5})\\z]",
            "work.geo.lat range[-90..]",
            "work.geo.lat range[..90]",
            "work.geo.lon range[-180..]",
            "work.geo.lon range[..180]")
        .inOrder();
    assertThat(rules.columns()).contains("workEmail");
  }

  @Test
  void aValidRecordHasNoViolations() throws Exception {
    assertThat(violations("valid")).isEmpty();
  }

  @Test
  void anInvalidRecordBreaksEachRuleItViolates() throws Exception {
    assertThat(violations("invalid"))
        .containsExactly(
            "name notBlank",
            "age range[..150]",
            "income range(0..]",
            "children range[0..]",
            "debt range[..0)",
            "balance range[..0]",
            "score range(0.5..]",
            "tags length[1..]",
            "country pattern[(?i)\\A(?:[a-z]{2})\\z]",
            "email email",
            "workEmail pattern[\\A(?:.+@example\\.com)\\z]",
            "nickname notNull",
            "born past",
            "seen pastOrPresent",
            "due future",
            "renewal futureOrPresent",
            "active oneOf[true]",
            "deleted oneOf[false]",
            "home.street notBlank",
            "home.zip_code pattern[\\A(?:\\d{5})\\z]",
            "home.geo.lat range[..90]",
            "home.geo.lon range[-180..]",
            "work.street notNull")
        .inOrder();
  }

  @Test
  void aMissingNestedRecordIsOnlyItsOwnNotNull() throws Exception {
    assertThat(violations("homeless")).containsExactly("home notNull");
  }

  @Test
  void aJakartaPatternMatchesTheWholeValueOnly() {
    Rule country = new Rule.Pattern("country", "(?i)\\A(?:[a-z]{2})\\z");
    assertThat(country.accepts("FR")).isTrue();
    assertThat(country.accepts("xFRx")).isFalse();
    assertThat(country.accepts("FR\n")).isFalse();
  }

  @Test
  void repeatedConstraintsGiveOneRuleEach(@TempDir Path own) throws Exception {
    ClassLoader repeated =
        Compilations.compileAndLoad(
            own,
            SchemaSources.jakartaRecord(
                "Code", "@Pattern(regexp = \"[A-Z]+\") @Pattern(regexp = \".{3}\") String value"));
    RuleSet<?> rules = (RuleSet<?>) repeated.loadClass("t.Code_").getField("RULES").get(null);
    assertThat(rules.rules().stream().map(JakartaRulesRuntimeTest::describe).toList())
        .containsExactly(
            "value notNull", "value pattern[\\A(?:[A-Z]+)\\z]", "value pattern[\\A(?:.{3})\\z]")
        .inOrder();
  }

  /** {@code column rule} of each violation of {@code Samples.sample()}. */
  private static List<String> violations(String sample) throws Exception {
    Class<?> person = loader.loadClass("t.Person");
    Object record = loader.loadClass("t.Samples").getMethod(sample).invoke(null);
    List<?> found =
        (List<?>) loader.loadClass("t.Person_").getMethod("violations", person).invoke(null, record);
    return found.stream()
        .map(Violation.class::cast)
        .map(v -> v.column() + " " + v.rule())
        .toList();
  }

  private static String describe(Rule rule) {
    return rule.column() + " " + rule.name();
  }
}
