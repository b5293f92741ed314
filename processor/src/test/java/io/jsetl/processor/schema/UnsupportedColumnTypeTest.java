package io.jsetl.processor.schema;

import static com.google.common.truth.Truth.assertThat;
import static io.jsetl.processor.schema.SchemaSources.record;
import static io.jsetl.processor.schema.SchemaSources.recordWithBody;
import static io.jsetl.processor.testing.Compilations.compile;
import static io.jsetl.processor.testing.Diagnostics.assertError;
import static io.jsetl.processor.testing.Diagnostics.assertOnlyError;
import static io.jsetl.processor.testing.Diagnostics.errors;

import com.google.testing.compile.Compilation;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * {@code [jsetl/UnsupportedColumnType]}: components jsetl cannot encode. Enums and records that
 * are not public are {@code SchemaShape} problems ({@link SchemaShapeTest}).
 */
class UnsupportedColumnTypeTest {
  private static final String CANNOT_ENCODE =
      "Spark columns hold only boolean, byte, short, int, long, float, double and their boxes,"
          + " String, BigDecimal, LocalDate, Instant, LocalDateTime, byte[], List, Set and Map of"
          + " these, enums and records annotated @Schema. Use one of these types, e.g. a String"
          + " holding the value's text form.";

  @Test
  void unknownClass() {
    JavaFileObject citizen = record("Citizen", "String name", "UUID id");
    assertOnlyError(
        compile(citizen),
        "[jsetl/UnsupportedColumnType] Component `id` of record `t.Citizen` has type"
            + " `java.util.UUID`, which jsetl cannot encode as a column. "
            + CANNOT_ENCODE,
        citizen,
        "UUID id");
  }

  @Test
  void unsupportedElementOfAList() {
    JavaFileObject citizen = record("Citizen", "List<UUID> ids");
    assertOnlyError(
        compile(citizen),
        "[jsetl/UnsupportedColumnType] Component `ids` of record `t.Citizen` has type"
            + " `java.util.List<java.util.UUID>`, whose part `java.util.UUID` jsetl cannot encode. "
            + CANNOT_ENCODE,
        citizen,
        "List<UUID> ids");
  }

  @Test
  void character() {
    JavaFileObject citizen = record("Citizen", "char initial");
    assertOnlyError(
        compile(citizen),
        "[jsetl/UnsupportedColumnType] Component `initial` of record `t.Citizen` has type `char`,"
            + " which jsetl cannot encode as a column. Spark has no character type. Use a String"
            + " instead.",
        citizen,
        "char initial");
  }

  @Test
  void arrayOtherThanBytes() {
    JavaFileObject citizen = record("Citizen", "int[] scores");
    assertOnlyError(
        compile(citizen),
        "[jsetl/UnsupportedColumnType] Component `scores` of record `t.Citizen` has type `int[]`,"
            + " which jsetl cannot encode as a column. The only array Spark stores is byte[]"
            + " (binary). Use a java.util.List of the element type instead.",
        citizen,
        "int[] scores");
  }

  @Test
  void rawCollection() {
    JavaFileObject citizen = record("Citizen", "@SuppressWarnings(\"rawtypes\") Map scores");
    assertOnlyError(
        compile(citizen),
        "[jsetl/UnsupportedColumnType] Component `scores` of record `t.Citizen` has type"
            + " `java.util.Map`, which jsetl cannot encode as a column. A collection's element"
            + " types are needed to encode it. Write the type arguments, e.g. List<String> or"
            + " Map<String, Long>.",
        citizen,
        "Map scores");
  }

  @Test
  void wildcard() {
    JavaFileObject citizen = record("Citizen", "List<? extends Number> values");
    assertOnlyError(
        compile(citizen),
        "[jsetl/UnsupportedColumnType] Component `values` of record `t.Citizen` has type"
            + " `java.util.List<? extends java.lang.Number>`, whose part `? extends"
            + " java.lang.Number` jsetl cannot encode. A column needs one concrete type; wildcards"
            + " and type variables have none. Use the exact type, e.g. List<String>.",
        citizen,
        "List<? extends Number> values");
  }

  @Test
  void nestedRecordWithoutSchema() {
    JavaFileObject citizen =
        recordWithBody(
            "Citizen",
            List.of("Point home"),
            List.of("public record Point(double x, double y) {}"));
    assertOnlyError(
        compile(citizen),
        "[jsetl/UnsupportedColumnType] Component `home` of record `t.Citizen` has type"
            + " `t.Citizen.Point`, which jsetl cannot encode as a column. A nested record is"
            + " encoded as a struct only when it is a schema itself. Annotate `t.Citizen.Point`"
            + " with @Schema.",
        citizen,
        "Point home");
  }

  @Test
  void recordThatContainsItself() {
    JavaFileObject node = record("Node", "String name", "List<Node> children");
    assertOnlyError(
        compile(node),
        "[jsetl/UnsupportedColumnType] Component `children` of record `t.Node` has type"
            + " `java.util.List<t.Node>`, whose part `t.Node` jsetl cannot encode. The record"
            + " contains itself (t.Node.children -> t.Node), and Spark cannot encode a type that"
            + " contains itself. Replace the reference by a key column, e.g. the id of the other"
            + " row.",
        node,
        "List<Node> children");
  }

  @Test
  void recordsThatContainEachOther() {
    JavaFileObject a = record("A", "B b");
    JavaFileObject b = record("B", "@Nullable A a");
    Compilation compilation = compile(a, b);
    assertThat(errors(compilation)).hasSize(2);
    assertError(
        compilation,
        "[jsetl/UnsupportedColumnType] Component `b` of record `t.A` has type `t.B`, whose part"
            + " `t.A` (in column `b.a`) jsetl cannot encode. The record contains itself (t.A.b ->"
            + " t.B.a -> t.A), and Spark cannot encode a type that contains itself. Replace the"
            + " reference by a key column, e.g. the id of the other row.",
        a,
        "B b");
    assertError(
        compilation,
        "[jsetl/UnsupportedColumnType] Component `a` of record `t.B` has type `t.A`, whose part"
            + " `t.B` (in column `a.b`) jsetl cannot encode. The record contains itself (t.B.a ->"
            + " t.A.b -> t.B), and Spark cannot encode a type that contains itself. Replace the"
            + " reference by a key column, e.g. the id of the other row.",
        b,
        "A a");
  }

  @Test
  void unsupportedTypeInsideANestedSchemaIsReportedOnBothRecords() {
    JavaFileObject citizen = record("Citizen", "Address home");
    JavaFileObject address = record("Address", "String street", "UUID geo");
    Compilation compilation = compile(citizen, address);
    assertThat(errors(compilation)).hasSize(2);
    assertError(
        compilation,
        "[jsetl/UnsupportedColumnType] Component `geo` of record `t.Address` has type"
            + " `java.util.UUID`, which jsetl cannot encode as a column. "
            + CANNOT_ENCODE,
        address,
        "UUID geo");
    assertError(
        compilation,
        "[jsetl/UnsupportedColumnType] Component `home` of record `t.Citizen` has type"
            + " `t.Address`, whose part `java.util.UUID` (in column `home.geo`) jsetl cannot"
            + " encode. "
            + CANNOT_ENCODE,
        citizen,
        "Address home");
  }

  @Test
  void everyBadComponentIsReported() {
    JavaFileObject citizen =
        record("Citizen", "UUID id", "String name", "char initial", "Object o");
    Compilation compilation = compile(citizen);
    assertThat(errors(compilation)).hasSize(3);
    assertThat(compilation.errors().stream().map(d -> d.getLineNumber()).toList())
        .containsExactly(11L, 13L, 14L)
        .inOrder();
  }

  @Test
  void typeThatNeverResolves() {
    JavaFileObject citizen = record("Citizen", "String name", "Missing thing");
    Compilation compilation = compile(citizen);
    // javac reports the missing symbol itself; jsetl says what it means for the column.
    assertThat(errors(compilation)).hasSize(2);
    assertError(
        compilation,
        "[jsetl/UnsupportedColumnType] Component `thing` of record `t.Citizen` has type `Missing`,"
            + " which cannot be found. jsetl needs the type to encode the column, and no"
            + " annotation processor generated it. Fix the type's name or import, or add the"
            + " library that declares it to the classpath.",
        citizen,
        "Missing thing");
  }
}
