package io.jsetl.processor.schema;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.jsetl.processor.schema.SchemaSources.record;
import static io.jsetl.processor.schema.SchemaSources.source;
import static io.jsetl.processor.testing.Diagnostics.assertOnlyError;
import static io.jsetl.processor.testing.Goldens.generatedSource;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.jsetl.processor.testing.Compilations;
import io.jsetl.processor.testing.GeneratesOnce;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Processing over rounds, and never crashing: a record whose component types another processor
 * generates is deferred until they exist; a name the generated class cannot take is an error.
 */
class SchemaRoundsTest {

  @Test
  void componentTypeGeneratedByAnotherProcessor() {
    Compilation compilation =
        Compilations.compileWith(
            List.of(new GeneratesOnce("t.Coin", "package t; public enum Coin { EUR, USD }")),
            record("Price", "Coin coin", "long cents"));
    assertThat(compilation).succeeded();
    assertThat(generatedSource(compilation, "t.Price_"))
        .contains("Encoding.field(\"coin\", \"coin\", Encoding.enumOf(Coin.class), false)");
  }

  @Test
  void nestedSchemaGeneratedByAnotherProcessor() {
    Compilation compilation =
        Compilations.compileWith(
            List.of(
                new GeneratesOnce(
                    "t.Money",
                    "package t; @io.jsetl.dsl.Schema public record Money(long cents, String"
                        + " currency) {}")),
            record("Price", "Money amount"));
    assertThat(compilation).succeeded();
    assertThat(generatedSource(compilation, "t.Money_")).contains("public final class Money_");
    assertThat(generatedSource(compilation, "t.Price_"))
        .contains("Encoding.field(\"amount\", \"amount\", Encoding.record(Money.class,");
  }

  @Test
  void userTypeWithTheGeneratedName() {
    JavaFileObject citizen = record("Citizen", "String name");
    JavaFileObject taken = source("Citizen_", "class Citizen_ {}");
    Compilation compilation = Compilations.compile(citizen, taken);
    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining(
            "[jsetl/NameClash] jsetl cannot create `t.Citizen_` for record `t.Citizen`: ")
        .inFile(citizen)
        .onLineContaining("public record Citizen");
    assertThat(compilation)
        .hadErrorContaining(
            ". A type of that name is probably declared in your sources already. Rename or remove"
                + " that type; jsetl generates `t.Citizen_` itself.");
  }

  @Test
  void twoRecordsThatNeedTheSameGeneratedName() {
    JavaFileObject nested =
        JavaFileObjects.forSourceLines(
            "t.Outer",
            "package t;",
            "public class Outer {",
            "  @io.jsetl.dsl.Schema public record Inner(String a) {}",
            "}");
    JavaFileObject flat =
        JavaFileObjects.forSourceLines(
            "t.Outer_Inner",
            "package t;",
            "@io.jsetl.dsl.Schema public record Outer_Inner(String b) {}");
    assertOnlyError(
        Compilations.compile(nested, flat),
        "[jsetl/NameClash] Record `t.Outer_Inner` needs the generated class `t.Outer_Inner_`,"
            + " which record `t.Outer.Inner` needs too. jsetl names the class of a nested record"
            + " Outer.Inner `Outer_Inner_`, so the two collide. Rename one of the records.",
        flat,
        "public record Outer_Inner");
  }
}
