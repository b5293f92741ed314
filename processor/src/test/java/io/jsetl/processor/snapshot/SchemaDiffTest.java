package io.jsetl.processor.snapshot;

import static com.google.common.truth.Truth.assertThat;
import static io.jsetl.processor.snapshot.TestSnapshots.col;
import static io.jsetl.processor.snapshot.TestSnapshots.nullable;
import static io.jsetl.processor.snapshot.TestSnapshots.primitive;
import static io.jsetl.processor.snapshot.TestSnapshots.snapshot;
import static io.jsetl.processor.snapshot.TestSnapshots.withRules;

import io.jsetl.processor.snapshot.SchemaChange.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link SchemaDiff}: what each kind of change renders as, and which ones break. */
class SchemaDiffTest {
  private static final SchemaSnapshot BASE =
      snapshot(1, primitive("id", "bigint"), col("name", "string"), nullable("email", "string"));

  private static String render(SchemaSnapshot older, SchemaSnapshot newer) {
    return SchemaDiff.between(older, newer).render();
  }

  @Test
  void identicalSnapshotsHaveNoChanges() {
    SchemaDiff diff = SchemaDiff.between(BASE, BASE);
    assertThat(diff.changes()).isEmpty();
    assertThat(diff.breaking()).isFalse();
    assertThat(diff.render()).isEqualTo("no changes\n");
  }

  @Test
  void removedColumnBreaks() {
    SchemaDiff diff =
        SchemaDiff.between(BASE, snapshot(1, primitive("id", "bigint"), col("name", "string")));
    assertThat(diff.render()).isEqualTo("- removed column email (breaking)\n");
    assertThat(diff.breaking()).isTrue();
    SchemaChange change = diff.changes().get(0);
    assertThat(change.kind()).isEqualTo(Kind.COLUMN_REMOVED);
    assertThat(change.column()).isEqualTo("email");
    assertThat(change.detail()).isEqualTo("removed column email");
    assertThat(change.breaking()).isTrue();
  }

  @Test
  void renamedColumnIsRemovedPlusAddedWithAHintWhenTypesMatch() {
    SchemaSnapshot renamed =
        snapshot(1, primitive("id", "bigint"), col("name", "string"), nullable("mail", "string"));
    assertThat(render(BASE, renamed))
        .isEqualTo(
            "- removed column email (renamed to mail?, breaking)\n"
                + "+ added nullable column mail (renamed from email?)\n");
  }

  @Test
  void noRenameHintWhenTypesDiffer() {
    SchemaSnapshot other =
        snapshot(1, primitive("id", "bigint"), col("name", "string"), nullable("mail", "binary"));
    assertThat(render(BASE, other))
        .isEqualTo("- removed column email (breaking)\n+ added nullable column mail\n");
  }

  @Test
  void addedNullableColumnDoesNotBreak() {
    SchemaSnapshot added =
        snapshot(
            1,
            primitive("id", "bigint"),
            col("name", "string"),
            nullable("email", "string"),
            nullable("phone", "string"));
    SchemaDiff diff = SchemaDiff.between(BASE, added);
    assertThat(diff.render()).isEqualTo("+ added nullable column phone\n");
    assertThat(diff.breaking()).isFalse();
  }

  @Test
  void addedNonNullColumnBreaks() {
    SchemaSnapshot added =
        snapshot(
            1,
            primitive("id", "bigint"),
            col("name", "string"),
            nullable("email", "string"),
            primitive("age", "int"));
    assertThat(render(BASE, added)).isEqualTo("+ added non-null column age (breaking)\n");
  }

  @Test
  void narrowedTypeBreaks() {
    SchemaSnapshot narrowed =
        snapshot(1, primitive("id", "int"), col("name", "string"), nullable("email", "string"));
    SchemaDiff diff = SchemaDiff.between(BASE, narrowed);
    assertThat(diff.render()).isEqualTo("~ id: bigint -> int (narrowed, breaking)\n");
    assertThat(diff.changes().get(0).kind()).isEqualTo(Kind.TYPE_CHANGED);
    assertThat(diff.changes().get(0).note()).isEqualTo("narrowed");
  }

  @Test
  void widenedTypeDoesNotBreak() {
    assertThat(render(snapshot(1, primitive("n", "int")), snapshot(1, primitive("n", "bigint"))))
        .isEqualTo("~ n: int -> bigint (widened)\n");
    assertThat(render(snapshot(1, primitive("n", "float")), snapshot(1, primitive("n", "double"))))
        .isEqualTo("~ n: float -> double (widened)\n");
    assertThat(
            render(snapshot(1, col("n", "decimal(10,2)")), snapshot(1, col("n", "decimal(12,2)"))))
        .isEqualTo("~ n: decimal(10,2) -> decimal(12,2) (widened)\n");
  }

  @Test
  void decimalPrecisionLoweredOrScaleChangedBreaks() {
    assertThat(
            render(snapshot(1, col("n", "decimal(12,2)")), snapshot(1, col("n", "decimal(10,2)"))))
        .isEqualTo("~ n: decimal(12,2) -> decimal(10,2) (narrowed, breaking)\n");
    assertThat(
            render(snapshot(1, col("n", "decimal(10,2)")), snapshot(1, col("n", "decimal(12,4)"))))
        .isEqualTo("~ n: decimal(10,2) -> decimal(12,4) (scale changed, breaking)\n");
  }

  @Test
  void unrelatedTypesBreak() {
    assertThat(
            render(
                BASE,
                snapshot(
                    1,
                    primitive("id", "string"),
                    col("name", "string"),
                    nullable("email", "string"))))
        .isEqualTo("~ id: bigint -> string (incompatible, breaking)\n");
  }

  @Test
  void nestedTypesCompareByTheirParts() {
    assertThat(render(snapshot(1, col("t", "array<int>")), snapshot(1, col("t", "array<bigint>"))))
        .isEqualTo("~ t: array<int> -> array<bigint> (widened)\n");
    assertThat(
            render(
                snapshot(1, col("m", "map<string,bigint>")),
                snapshot(1, col("m", "map<string,int>"))))
        .isEqualTo("~ m: map<string,bigint> -> map<string,int> (narrowed, breaking)\n");
    assertThat(
            render(
                snapshot(1, col("a", "struct<street:string,zip:string>")),
                snapshot(1, col("a", "struct<street:string>"))))
        .isEqualTo(
            "~ a: struct<street:string,zip:string> -> struct<street:string> (narrowed,"
                + " breaking)\n");
    assertThat(
            render(
                snapshot(1, col("a", "struct<street:string>")),
                snapshot(1, col("a", "struct<street:string,zip:string>"))))
        .isEqualTo("~ a: struct<street:string> -> struct<street:string,zip:string> (widened)\n");
  }

  @Test
  void nullableToNonNullBreaksAndTheReverseDoesNot() {
    SchemaSnapshot required =
        snapshot(1, primitive("id", "bigint"), col("name", "string"), col("email", "string"));
    assertThat(render(BASE, required)).isEqualTo("~ email: nullable -> non-null (breaking)\n");
    SchemaDiff relaxed = SchemaDiff.between(required, BASE);
    assertThat(relaxed.render()).isEqualTo("~ email: non-null -> nullable\n");
    assertThat(relaxed.breaking()).isFalse();
  }

  @Test
  void ruleChangesAreReportedAndDoNotBreak() {
    SchemaSnapshot older =
        snapshot(
            1,
            primitive("age", "int", "range[0..150]", "unique"),
            col("name", "string", "notBlank"));
    SchemaSnapshot newer =
        snapshot(
            1,
            primitive("age", "int", "range[0..120]"),
            col("name", "string", "notBlank", "length[0..64]"));
    SchemaDiff diff = SchemaDiff.between(older, newer);
    assertThat(diff.render())
        .isEqualTo(
            "~ age: rule range[0..150] -> range[0..120]\n"
                + "~ age: rule removed unique\n"
                + "~ name: rule added length[0..64]\n");
    assertThat(diff.breaking()).isFalse();
    assertThat(diff.changes().stream().map(SchemaChange::kind).toList())
        .containsExactly(Kind.RULE_CHANGED, Kind.RULE_REMOVED, Kind.RULE_ADDED)
        .inOrder();
  }

  @Test
  void recordRulesAreCompared() {
    SchemaSnapshot older = withRules(BASE, "adultsOnly", "at most a million");
    SchemaSnapshot newer = withRules(BASE, "at most a million", "at least one");
    assertThat(render(older, newer))
        .isEqualTo("~ record rule removed adultsOnly\n~ record rule added at least one\n");
    assertThat(SchemaDiff.between(older, newer).changes().get(0).column()).isEqualTo("*");
  }

  @Test
  void nullabilityChangeDoesNotRepeatItsNotNullRule() {
    assertThat(
            render(
                snapshot(1, col("n", "string", "notBlank")),
                snapshot(1, nullable("n", "string", "notBlank"))))
        .isEqualTo("~ n: non-null -> nullable\n");
  }

  @Test
  void versionRecordAndOrderAreReportedWithoutBreaking() {
    SchemaSnapshot newer =
        new SchemaSnapshot(
            "t.Person",
            2,
            List.of(col("name", "string"), primitive("id", "bigint"), nullable("email", "string")),
            List.of());
    SchemaDiff diff = SchemaDiff.between(BASE, newer);
    assertThat(diff.render())
        .isEqualTo(
            "~ record t.Citizen -> t.Person\n"
                + "~ version 1 -> 2\n"
                + "~ column order id, name, email -> name, id, email (matters only to readers by"
                + " position, such as CSV)\n");
    assertThat(diff.breaking()).isFalse();
  }

  @Test
  void everyChangeInOneDiffInAFixedOrder() {
    SchemaSnapshot newer =
        snapshot(2, primitive("id", "int"), nullable("name", "string"), primitive("age", "int"));
    SchemaDiff diff = SchemaDiff.between(BASE, newer);
    assertThat(diff.render())
        .isEqualTo(
            "~ version 1 -> 2\n"
                + "~ id: bigint -> int (narrowed, breaking)\n"
                + "~ name: non-null -> nullable\n"
                + "- removed column email (breaking)\n"
                + "+ added non-null column age (breaking)\n");
    assertThat(diff.breakingChanges().stream().map(SchemaChange::column).toList())
        .containsExactly("id", "email", "age")
        .inOrder();
  }
}
