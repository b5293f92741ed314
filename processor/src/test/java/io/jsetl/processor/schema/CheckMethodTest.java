package io.jsetl.processor.schema;

import static com.google.common.truth.Truth.assertThat;
import static io.jsetl.processor.schema.SchemaSources.recordWithBody;
import static io.jsetl.processor.schema.SchemaSources.source;
import static io.jsetl.processor.testing.Compilations.compile;
import static io.jsetl.processor.testing.Diagnostics.assertError;
import static io.jsetl.processor.testing.Diagnostics.assertOnlyError;
import static io.jsetl.processor.testing.Diagnostics.errors;

import com.google.testing.compile.Compilation;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** {@code @Check} methods: their shape, their names, and where they may be declared. */
class CheckMethodTest {
  private static final String COLUMN = "org.apache.spark.sql.Column";
  private static final String BODY = " { return org.apache.spark.sql.functions.lit(true); }";

  private static JavaFileObject citizenWith(String... body) {
    return recordWithBody("Citizen", List.of("String name"), List.of(body));
  }

  @Test
  void notStatic() {
    JavaFileObject citizen = citizenWith("@Check public " + COLUMN + " named()" + BODY);
    assertOnlyError(
        compile(citizen),
        "[jsetl/InvalidCheck] @Check method `named()` of record `t.Citizen` is not static. The"
            + " generated `RULES` calls it without an instance, from another class. Declare it"
            + " `public static`.",
        citizen,
        "named()");
  }

  @Test
  void notPublic() {
    JavaFileObject citizen = citizenWith("@Check static " + COLUMN + " named()" + BODY);
    assertOnlyError(
        compile(citizen),
        "[jsetl/InvalidCheck] @Check method `named()` of record `t.Citizen` is not public. The"
            + " generated `RULES` calls it without an instance, from another class. Declare it"
            + " `public static`.",
        citizen,
        "named()");
  }

  @Test
  void withParameters() {
    JavaFileObject citizen =
        citizenWith("@Check public static " + COLUMN + " named(int min)" + BODY);
    assertOnlyError(
        compile(citizen),
        "[jsetl/InvalidCheck] @Check method `named()` of record `t.Citizen` takes 1 parameter. The"
            + " validation engine calls it with none. Remove the parameters (name columns through"
            + " the generated `_` class instead).",
        citizen,
        "named(int min)");
  }

  @Test
  void wrongReturnType() {
    JavaFileObject citizen = citizenWith("@Check public static boolean named() { return true; }");
    assertOnlyError(
        compile(citizen),
        "[jsetl/InvalidCheck] @Check method `named()` of record `t.Citizen` returns `boolean`. A"
            + " check returns a Spark `org.apache.spark.sql.Column` (a predicate every row must"
            + " satisfy) or an `io.jsetl.dsl.DatasetCheck` (a check over the whole dataset). Change"
            + " the return type.",
        citizen,
        "named()");
  }

  @Test
  void checkedException() {
    JavaFileObject citizen =
        citizenWith(
            "@Check public static " + COLUMN + " named() throws java.io.IOException" + BODY);
    assertOnlyError(
        compile(citizen),
        "[jsetl/InvalidCheck] @Check method `named()` of record `t.Citizen` declares checked"
            + " exceptions (java.io.IOException). The generated rule calls it as a"
            + " java.util.function.Supplier, which cannot throw them. Catch them inside the"
            + " method.",
        citizen,
        "named()");
  }

  @Test
  void sameRuleNameTwice() {
    JavaFileObject citizen =
        citizenWith(
            "@Check(\"size\") public static DatasetCheck few() { return DatasetCheck.rowCount(0,"
                + " 9); }",
            "@Check(\"size\") public static DatasetCheck many() { return"
                + " DatasetCheck.rowCount(10, 99); }");
    assertOnlyError(
        compile(citizen),
        "[jsetl/NameClash] @Check method `many()` of record `t.Citizen` has rule name `size`,"
            + " which @Check method `few()` already uses. Reports tell rules apart by name. Give"
            + " one of them another name with @Check(\"...\").",
        citizen,
        "many()");
  }

  @Test
  void everyProblemOfOneMethodIsReported() {
    JavaFileObject citizen = citizenWith("@Check int named(int a, int b) { return 0; }");
    Compilation compilation = compile(citizen);
    assertThat(errors(compilation)).hasSize(3);
    assertError(
        compilation,
        "[jsetl/InvalidCheck] @Check method `named()` of record `t.Citizen` is not public static."
            + " The generated `RULES` calls it without an instance, from another class. Declare it"
            + " `public static`.",
        citizen,
        "named(int a, int b)");
  }

  @Test
  void inAClass() {
    JavaFileObject checks =
        source(
            "Checks",
            "public class Checks {",
            "  @Check public static " + COLUMN + " named()" + BODY,
            "}");
    assertOnlyError(
        compile(checks),
        "[jsetl/InvalidCheck] @Check method `named()` is in class `t.Checks`, which is not a"
            + " @Schema record. jsetl reads checks only from the @Schema record they validate."
            + " Move the method into that record.",
        checks,
        "named()");
  }

  @Test
  void inARecordWithoutSchema() {
    JavaFileObject citizen =
        source(
            "Citizen",
            "public record Citizen(String name) {",
            "  @Check public static " + COLUMN + " named()" + BODY,
            "}");
    assertOnlyError(
        compile(citizen),
        "[jsetl/InvalidCheck] @Check method `named()` is in record `t.Citizen`, which is not a"
            + " @Schema record. jsetl reads checks only from the @Schema record they validate."
            + " Move the method into that record, or annotate `t.Citizen` with @Schema.",
        citizen,
        "named()");
  }
}
