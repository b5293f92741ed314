package io.jsetl.processor.snapshot;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.jsetl.processor.snapshot.SnapshotSources.citizen;
import static io.jsetl.processor.snapshot.SnapshotSources.record;
import static io.jsetl.processor.snapshot.SnapshotVersioning.commit;
import static io.jsetl.processor.snapshot.SnapshotVersioning.compileAgainst;
import static io.jsetl.processor.testing.Diagnostics.assertOnlyError;

import com.google.testing.compile.Compilation;
import java.nio.file.Path;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code [jsetl/BreakingSchemaChange]}: a record compiled against the committed snapshot of its
 * released version (1) fails on each kind of breaking change unless its version is raised, and
 * passes on changes that do not break.
 */
class SnapshotVersioningTest {
  private static final JavaFileObject RELEASED =
      citizen(
          1,
          "long id",
          "String name",
          "@Nullable String email",
          "@Decimal(precision = 10," + " scale = 2) BigDecimal income");

  @TempDir Path baseline;
  private Path file;

  @BeforeEach
  void commitReleasedVersion() {
    file = commit(baseline, "t.Citizen", RELEASED);
  }

  /** The message of a breaking change against version 1 of the baseline, kept at version 1. */
  private String breaking(String changes, String undo) {
    return "[jsetl/BreakingSchemaChange] @Schema record `t.Citizen` has breaking changes against"
        + " its baseline snapshot `"
        + file.toAbsolutePath().normalize()
        + "` (version 1) but keeps"
        + " version 1: "
        + changes
        + ". Data written under version 1, and code reading it, no"
        + " longer fit the schema. Raise @Schema(version) above 1, or "
        + undo
        + ".";
  }

  @Test
  void unchangedRecordCompiles() {
    assertThat(compileAgainst(baseline, RELEASED)).succeededWithoutWarnings();
  }

  @Test
  void removedColumn() {
    JavaFileObject changed =
        citizen(
            1, "long id", "String name", "@Decimal(precision = 10, scale = 2) BigDecimal income");
    assertOnlyError(
        compileAgainst(baseline, changed),
        breaking("removed column email", "restore column `email`"),
        changed,
        "version = 1");
  }

  @Test
  void renamedColumn() {
    JavaFileObject changed =
        citizen(
            1,
            "long id",
            "String name",
            "@Nullable String mail",
            "@Decimal(precision = 10, scale = 2) BigDecimal income");
    assertOnlyError(
        compileAgainst(baseline, changed),
        breaking(
            "removed column email (renamed to mail?)",
            "restore column `email` (a renamed component keeps its column with"
                + " @Column(\"email\"))"),
        changed,
        "version = 1");
  }

  @Test
  void renamedWithColumnIsNotBreaking() {
    JavaFileObject changed =
        citizen(
            1,
            "long id",
            "String name",
            "@Column(\"email\") @Nullable String mail",
            "@Decimal(precision = 10, scale = 2) BigDecimal income");
    assertThat(compileAgainst(baseline, changed)).succeededWithoutWarnings();
  }

  @Test
  void narrowedType() {
    JavaFileObject changed =
        citizen(
            1,
            "int id",
            "String name",
            "@Nullable String email",
            "@Decimal(precision = 10, scale = 2) BigDecimal income");
    assertOnlyError(
        compileAgainst(baseline, changed),
        breaking("id: bigint -> int (narrowed)", "restore type `bigint` of `id`"),
        changed,
        "int id");
  }

  @Test
  void decimalScaleChanged() {
    JavaFileObject changed =
        citizen(
            1,
            "long id",
            "String name",
            "@Nullable String email",
            "@Decimal(precision = 12, scale = 4) BigDecimal income");
    assertOnlyError(
        compileAgainst(baseline, changed),
        breaking(
            "income: decimal(10,2) -> decimal(12,4) (scale changed)",
            "restore type `decimal(10,2)` of `income`"),
        changed,
        "BigDecimal income");
  }

  @Test
  void incompatibleType() {
    JavaFileObject changed =
        citizen(
            1,
            "String id",
            "String name",
            "@Nullable String email",
            "@Decimal(precision = 10, scale = 2) BigDecimal income");
    assertOnlyError(
        compileAgainst(baseline, changed),
        breaking("id: bigint -> string (incompatible)", "restore type `bigint` of `id`"),
        changed,
        "String id");
  }

  @Test
  void nullableBecomesNonNull() {
    JavaFileObject changed =
        citizen(
            1,
            "long id",
            "String name",
            "String email",
            "@Decimal(precision = 10, scale = 2) BigDecimal income");
    assertOnlyError(
        compileAgainst(baseline, changed),
        breaking("email: nullable -> non-null", "make `email` @Nullable again"),
        changed,
        "String email");
  }

  @Test
  void newNonNullColumn() {
    JavaFileObject changed =
        citizen(
            1,
            "long id",
            "String name",
            "@Nullable String email",
            "@Decimal(precision = 10, scale = 2) BigDecimal income",
            "int age");
    assertOnlyError(
        compileAgainst(baseline, changed),
        breaking(
            "added non-null column age",
            "make the new column `age` nullable (@Nullable, boxed if primitive)"),
        changed,
        "int age");
  }

  @Test
  void everyBreakingChangeInOneErrorOnSchema() {
    JavaFileObject changed = citizen(1, "int id", "String name", "String phone");
    assertOnlyError(
        compileAgainst(baseline, changed),
        breaking(
            "id: bigint -> int (narrowed); removed column email (renamed to phone?); removed column"
                + " income; added non-null column phone (renamed from email?)",
            "restore type `bigint` of `id`, restore column `email` (a renamed component keeps its"
                + " column with @Column(\"email\")), restore column `income`, make the new column"
                + " `phone` nullable (@Nullable, boxed if primitive)"),
        changed,
        "version = 1");
  }

  @Test
  void defaultVersionPointsAtSchema() {
    JavaFileObject changed =
        record(
            "@Schema",
            "Citizen",
            "long id",
            "String name",
            "@Decimal(precision = 10, scale = 2) BigDecimal income");
    assertOnlyError(
        compileAgainst(baseline, changed),
        breaking("removed column email", "restore column `email`"),
        changed,
        "@Schema");
  }

  @Test
  void raisedVersionAllowsBreakingChanges() {
    JavaFileObject changed = citizen(2, "int id", "String name", "String phone");
    assertThat(compileAgainst(baseline, changed)).succeededWithoutWarnings();
  }

  @Test
  void loweredVersionIsAnError() {
    Path v2 = baseline.resolve("v2");
    assertThat(v2.toFile().mkdir()).isTrue();
    Path released = commit(v2, "t.Citizen", citizen(2, "long id"));
    JavaFileObject changed = citizen(1, "long id");
    assertOnlyError(
        compileAgainst(v2, changed),
        "[jsetl/BreakingSchemaChange] @Schema record `t.Citizen` has version 1, below version 2"
            + " of its baseline snapshot `"
            + released.toAbsolutePath().normalize()
            + "`. Versions"
            + " only go up: data and readers tell schema versions apart by their number. Set"
            + " @Schema(version) to 2 or above.",
        changed,
        "version = 1");
  }

  @Test
  void nonBreakingChangesKeepTheVersion() {
    JavaFileObject changed =
        citizen(
            1,
            "@Range(min = 1) Long id",
            "@Nullable String email",
            "@Nullable @Length(max = 64) String name",
            "@Decimal(precision = 12, scale = 2) BigDecimal income",
            "@Nullable String phone",
            "@Nullable List<Integer> tags");
    Compilation compilation = compileAgainst(baseline, changed);
    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void recordWithoutBaselineFileIsNew() {
    JavaFileObject other = record("@Schema(version = 1)", "Other", "int n");
    assertThat(compileAgainst(baseline, RELEASED, other)).succeededWithoutWarnings();
  }
}
