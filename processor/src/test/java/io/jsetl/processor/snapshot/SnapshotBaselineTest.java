package io.jsetl.processor.snapshot;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.jsetl.processor.snapshot.SnapshotSources.citizen;
import static io.jsetl.processor.snapshot.SnapshotSources.record;
import static io.jsetl.processor.snapshot.SnapshotVersioning.compileAgainst;
import static io.jsetl.processor.snapshot.SnapshotVersioning.write;
import static io.jsetl.processor.testing.Diagnostics.assertOnlyError;
import static io.jsetl.processor.testing.Diagnostics.errors;

import com.google.testing.compile.Compilation;
import io.jsetl.processor.JsetlProcessor;
import io.jsetl.processor.testing.Compilations;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code [jsetl/SchemaSnapshot]}: a baseline that cannot be used is an error that names the file
 * and what is wrong, never an exception into javac and never a silent pass.
 */
class SnapshotBaselineTest {
  private static final JavaFileObject CITIZEN = citizen(1, "long id");

  @TempDir Path baseline;

  @Test
  void missingDirectoryIsReportedOnce() {
    Path missing = baseline.resolve("no-such-dir");
    JavaFileObject other = record("@Schema", "Other", "int n");
    Compilation compilation = compileAgainst(missing, CITIZEN, other);
    assertOnlyError(
        compilation,
        "[jsetl/SchemaSnapshot] Option -Ajsetl.schemas.baseline names `"
            + missing
            + "`, which is"
            + " not a directory, so no @Schema record was compared with a baseline snapshot. Fix"
            + " the path (Maven: ${project.basedir}/src/main/jsetl-schemas), or create the"
            + " directory and commit the snapshots into it.",
        CITIZEN,
        "public record Citizen(");
  }

  @Test
  void optionWithoutADirectory() {
    Compilation compilation =
        Compilations.compiler(List.of(new JsetlProcessor()))
            .withOptions("-Ajsetl.schemas.baseline")
            .compile(CITIZEN);
    assertThat(errors(compilation))
        .containsExactly(
            "[jsetl/SchemaSnapshot] Option -Ajsetl.schemas.baseline is given without a"
                + " directory. jsetl compares each @Schema record with its committed snapshot in"
                + " that directory. Write -Ajsetl.schemas.baseline=<dir>, e.g."
                + " ${project.basedir}/src/main/jsetl-schemas, or remove the option.");
  }

  @Test
  void invalidJsonSaysWhereAndWhat() {
    Path file = write(baseline, "t.Citizen", "{\n  \"format\": 1,\n  \"record\": t.Citizen\n}\n");
    assertOnlyError(
        compileAgainst(baseline, CITIZEN),
        "[jsetl/SchemaSnapshot] The baseline snapshot `"
            + file
            + "` of @Schema record"
            + " `t.Citizen` is not a jsetl schema snapshot: line 3, column 13: unexpected `t`,"
            + " expected a value. It was probably edited by hand or merged badly. Restore it from"
            + " version control, or replace it with the file jsetl writes to"
            + " target/classes/META-INF/jsetl/schemas/t.Citizen.json for the released version.",
        CITIZEN,
        "public record Citizen(");
  }

  @Test
  void wrongShapeNamesTheMember() {
    write(
        baseline,
        "t.Citizen",
        "{\"format\": 1, \"record\": \"t.Citizen\", \"version\": 1, \"columns\": [{\"name\":"
            + " \"id\", \"type\": \"long\", \"nullable\": false, \"rules\": []}], \"rules\": []}");
    assertThat(errors(compileAgainst(baseline, CITIZEN)).get(0))
        .contains("is not a jsetl schema snapshot: columns[0].type: unknown type `long` in `long`");
  }

  @Test
  void snapshotOfAnotherRecord() {
    Path file =
        write(
            baseline,
            "t.Citizen",
            SnapshotJson.write(new SchemaSnapshot("t.Person", 1, List.of(), List.of())));
    assertOnlyError(
        compileAgainst(baseline, CITIZEN),
        "[jsetl/SchemaSnapshot] The baseline snapshot `"
            + file
            + "` is the snapshot of record"
            + " `t.Person`, not of `t.Citizen`. Snapshots are found by file name, <qualified"
            + " name>.json. Rename the file to t.Person.json, or replace it with the snapshot of"
            + " `t.Citizen`.",
        CITIZEN,
        "public record Citizen(");
  }

  @Test
  void unreadableFile() throws Exception {
    Path file = Files.createDirectory(baseline.resolve("t.Citizen.json"));
    List<String> errors = errors(compileAgainst(baseline, CITIZEN));
    assertThat(errors).hasSize(1);
    assertThat(errors.get(0))
        .startsWith(
            "[jsetl/SchemaSnapshot] The baseline snapshot `"
                + file
                + "` of @Schema record"
                + " `t.Citizen` cannot be read (");
    assertThat(errors.get(0))
        .endsWith(
            "), so the record was not checked for breaking changes. Make the file readable, or"
                + " remove it if the record has no released version.");
  }

  @Test
  void fileThatIsNotUtf8() throws Exception {
    Path file = baseline.resolve("t.Citizen.json");
    Files.write(file, new byte[] {'{', (byte) 0xC3, '}'});
    assertThat(errors(compileAgainst(baseline, CITIZEN)).get(0))
        .contains("`" + file + "` of @Schema record `t.Citizen` cannot be read (not UTF-8");
  }
}
