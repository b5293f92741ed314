package io.jsetl.processor.schema;

import static com.google.common.truth.Truth.assertThat;
import static io.jsetl.processor.schema.SchemaSources.record;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code [jsetl/SchemaShape]}: {@code @Schema} on something that is not a record, on a generic
 * record, or on a record that is not public with every class around it; and enums or records used
 * as column types that are not. Spark's generated code lives in another package, so the runtime
 * refuses such types when it builds the encoder: the processor says so at compile time instead.
 */
class SchemaShapeTest {
  /** The end of every message about a type that is not public: why, and the fix. */
  private static String makePublic(String type) {
    return " Spark's generated code, in another package, builds the rows and can use only public"
        + " types, so the encoder would be refused at run time. Make `"
        + type
        + "` public, and any class around it that is not.";
  }

  // ---- @Schema on something that is not a record ----

  @Test
  void schemaOnAClass() {
    JavaFileObject citizen =
        source("Citizen", "@Schema", "public class Citizen {", "  String name;", "}");
    assertOnlyError(
        compile(citizen),
        "[jsetl/SchemaShape] @Schema is on class `t.Citizen`, which is not a record. jsetl reads"
            + " a schema's columns from record components. Declare `t.Citizen` as a record, or"
            + " remove @Schema.",
        citizen,
        "public class Citizen");
  }

  @Test
  void schemaOnAnInterface() {
    JavaFileObject citizen = source("Citizen", "@Schema", "public interface Citizen {}");
    assertOnlyError(
        compile(citizen),
        "[jsetl/SchemaShape] @Schema is on interface `t.Citizen`, which is not a record. jsetl"
            + " reads a schema's columns from record components. Declare `t.Citizen` as a record,"
            + " or remove @Schema.",
        citizen,
        "public interface Citizen");
  }

  @Test
  void schemaOnAnEnum() {
    JavaFileObject level = source("Level", "@Schema", "public enum Level { LOW, HIGH }");
    assertOnlyError(
        compile(level),
        "[jsetl/SchemaShape] @Schema is on enum `t.Level`, which is not a record. jsetl reads a"
            + " schema's columns from record components. Declare `t.Level` as a record, or remove"
            + " @Schema.",
        level,
        "public enum Level");
  }

  // ---- the record itself ----

  @Test
  void genericRecord() {
    JavaFileObject box = source("Box", "@Schema", "public record Box<T>(String name) {}");
    assertOnlyError(
        compile(box),
        "[jsetl/SchemaShape] @Schema record `t.Box` declares type parameters. A Spark schema"
            + " needs concrete column types, and the generated `t.Box_` cannot be generic. Remove"
            + " the type parameters (declare one @Schema record per concrete shape).",
        box,
        "public record Box<T>");
  }

  @Test
  void packagePrivateRecord() {
    JavaFileObject entry = source("Entry", "@Schema", "record Entry(String key) {}");
    assertOnlyError(
        compile(entry),
        "[jsetl/SchemaShape] @Schema record `t.Entry` is not public." + makePublic("t.Entry"),
        entry,
        "record Entry");
  }

  @Test
  void privateNestedRecord() {
    JavaFileObject outer =
        source(
            "Outer",
            "public class Outer {",
            "  @Schema",
            "  private record Inner(String name) {}",
            "}");
    assertOnlyError(
        compile(outer),
        "[jsetl/SchemaShape] @Schema record `t.Outer.Inner` is not public."
            + makePublic("t.Outer.Inner"),
        outer,
        "private record Inner");
  }

  @Test
  void publicRecordNestedInAPackagePrivateClass() {
    JavaFileObject registry =
        source(
            "Registry",
            "class Registry {",
            "  @Schema",
            "  public record Entry(String key, int value) {}",
            "}");
    assertOnlyError(
        compile(registry),
        "[jsetl/SchemaShape] @Schema record `t.Registry.Entry` is nested in `t.Registry`, which is"
            + " not public."
            + makePublic("t.Registry"),
        registry,
        "public record Entry");
  }

  @Test
  void genericAndNotPublicAreBothReported() {
    JavaFileObject box = source("Box", "@Schema", "record Box<T>(String name) {}");
    Compilation compilation = compile(box);
    assertThat(errors(compilation)).hasSize(2);
    assertError(
        compilation,
        "[jsetl/SchemaShape] @Schema record `t.Box` declares type parameters. A Spark schema"
            + " needs concrete column types, and the generated `t.Box_` cannot be generic. Remove"
            + " the type parameters (declare one @Schema record per concrete shape).",
        box,
        "record Box<T>");
    assertError(
        compilation,
        "[jsetl/SchemaShape] @Schema record `t.Box` is not public." + makePublic("t.Box"),
        box,
        "record Box<T>");
  }

  // ---- enums and records used as column types ----

  @ParameterizedTest
  @ValueSource(strings = {"private enum Status { A }", "enum Status { A }"})
  void enumThatIsNotPublic(String declaration) {
    JavaFileObject citizen =
        recordWithBody("Citizen", List.of("Status status"), List.of(declaration));
    assertOnlyError(
        compile(citizen),
        "[jsetl/SchemaShape] Component `status` of record `t.Citizen` has type"
            + " `t.Citizen.Status`, which jsetl cannot encode as a column. `t.Citizen.Status` is"
            + " not public."
            + makePublic("t.Citizen.Status"),
        citizen,
        "Status status");
  }

  @Test
  void publicEnumNestedInAPackagePrivateClass() {
    JavaFileObject holder = source("Holder", "class Holder {", "  public enum Kind { A }", "}");
    JavaFileObject citizen = record("Citizen", "Holder.Kind kind");
    assertOnlyError(
        compile(citizen, holder),
        "[jsetl/SchemaShape] Component `kind` of record `t.Citizen` has type `t.Holder.Kind`,"
            + " which jsetl cannot encode as a column. `t.Holder.Kind` is nested in `t.Holder`,"
            + " which is not public."
            + makePublic("t.Holder"),
        citizen,
        "Holder.Kind kind");
  }

  @Test
  void enumInsideAList() {
    JavaFileObject citizen =
        recordWithBody("Citizen", List.of("List<Status> history"), List.of("enum Status { A }"));
    assertOnlyError(
        compile(citizen),
        "[jsetl/SchemaShape] Component `history` of record `t.Citizen` has type"
            + " `java.util.List<t.Citizen.Status>`, whose part `t.Citizen.Status` jsetl cannot"
            + " encode. `t.Citizen.Status` is not public."
            + makePublic("t.Citizen.Status"),
        citizen,
        "List<Status> history");
  }

  @Test
  void enumInsideANestedSchemaIsReportedOnBothRecords() {
    JavaFileObject citizen = record("Citizen", "Address home");
    JavaFileObject address = record("Address", "String street", "Kind kind");
    JavaFileObject kind = source("Kind", "enum Kind { HOME, WORK }");
    Compilation compilation = compile(citizen, address, kind);
    assertThat(errors(compilation)).hasSize(2);
    assertError(
        compilation,
        "[jsetl/SchemaShape] Component `kind` of record `t.Address` has type `t.Kind`, which"
            + " jsetl cannot encode as a column. `t.Kind` is not public."
            + makePublic("t.Kind"),
        address,
        "Kind kind");
    assertError(
        compilation,
        "[jsetl/SchemaShape] Component `home` of record `t.Citizen` has type `t.Address`, whose"
            + " part `t.Kind` (in column `home.kind`) jsetl cannot encode. `t.Kind` is not public."
            + makePublic("t.Kind"),
        citizen,
        "Address home");
  }

  @Test
  void nestedSchemaRecordThatIsNotPublicIsReportedOnBothRecords() {
    JavaFileObject citizen = record("Citizen", "Address home");
    JavaFileObject address = source("Address", "@Schema", "record Address(String street) {}");
    Compilation compilation = compile(citizen, address);
    assertThat(errors(compilation)).hasSize(2);
    assertError(
        compilation,
        "[jsetl/SchemaShape] @Schema record `t.Address` is not public." + makePublic("t.Address"),
        address,
        "record Address");
    assertError(
        compilation,
        "[jsetl/SchemaShape] Component `home` of record `t.Citizen` has type `t.Address`, which"
            + " jsetl cannot encode as a column. `t.Address` is not public."
            + makePublic("t.Address"),
        citizen,
        "Address home");
  }
}
