package io.jsetl.processor.schema;

import static com.google.common.truth.Truth.assertThat;
import static io.jsetl.processor.schema.SchemaSources.record;
import static io.jsetl.processor.testing.Compilations.compile;
import static io.jsetl.processor.testing.Diagnostics.assertOnlyError;
import static io.jsetl.processor.testing.Goldens.generatedSource;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Which columns are nullable, and {@code @Nullable} where no null can be stored. */
class NullabilityTest {

  @Test
  void nullablePrimitive() {
    JavaFileObject citizen = record("Citizen", "@Nullable int age");
    assertOnlyError(
        compile(citizen),
        "[jsetl/InvalidCheck] Component `age` of record `t.Citizen` has primitive type `int` and"
            + " is marked @Nullable. A primitive cannot hold null. Use `java.lang.Integer` to allow"
            + " nulls, or remove @Nullable.",
        citizen,
        "int age");
  }

  @Test
  void nullableMapKey() {
    JavaFileObject citizen = record("Citizen", "Map<@Nullable String, Integer> scores");
    assertOnlyError(
        compile(citizen),
        "[jsetl/InvalidCheck] Component `scores` of record `t.Citizen` marks its map key type"
            + " `java.lang.String` @Nullable. Spark map keys are never null. Remove @Nullable from"
            + " the key type.",
        citizen,
        "scores");
  }

  @Test
  void nullableBytesInsteadOfNullableArray() {
    JavaFileObject citizen = record("Citizen", "@Nullable byte[] photo");
    assertOnlyError(
        compile(citizen),
        "[jsetl/InvalidCheck] Component `photo` of record `t.Citizen` is written `@Nullable"
            + " byte[]`, which marks the bytes, not the array, and a byte cannot be null. Write"
            + " `byte @Nullable []` for a nullable binary column.",
        citizen,
        "photo");
  }

  @Test
  void jspecifyMarksColumnsElementsAndMapValues() {
    Compilation compilation =
        compile(
            record(
                "Citizen",
                "@Nullable String email",
                "List<@Nullable String> tags",
                "Map<String, @Nullable Long> scores",
                "byte @Nullable [] photo",
                "String name"));
    String generated = generatedSource(compilation, "t.Citizen_");
    assertThat(generated)
        .contains("Encoding.field(\"email\", \"email\", Encoding.STRING, true)");
    assertThat(generated)
        .contains(
            "Encoding.field(\"tags\", \"tags\", Encoding.list(Encoding.STRING, true), false)");
    assertThat(generated)
        .contains(
            "Encoding.field(\"scores\", \"scores\","
                + " Encoding.map(Encoding.STRING, Encoding.BOXED_LONG, true), false)");
    assertThat(generated).contains("Encoding.field(\"photo\", \"photo\", Encoding.BINARY, true)");
    assertThat(generated).contains("Encoding.field(\"name\", \"name\", Encoding.STRING, false)");
  }

  @Test
  void anyAnnotationNamedNullableCounts() {
    JavaFileObject nullable =
        JavaFileObjects.forSourceLines(
            "t.Nullable",
            "package t;",
            "import java.lang.annotation.*;",
            "@Retention(RetentionPolicy.CLASS)",
            "@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})",
            "public @interface Nullable {}");
    JavaFileObject citizen =
        JavaFileObjects.forSourceLines(
            "t.Citizen",
            "package t;",
            "@io.jsetl.dsl.Schema",
            "public record Citizen(@Nullable String email, String name) {}");
    String generated = generatedSource(compile(nullable, citizen), "t.Citizen_");
    assertThat(generated)
        .contains("Encoding.field(\"email\", \"email\", Encoding.STRING, true)");
    assertThat(generated).contains("new Rule.NotNull(\"name\")");
    assertThat(generated).doesNotContain("new Rule.NotNull(\"email\")");
  }
}
