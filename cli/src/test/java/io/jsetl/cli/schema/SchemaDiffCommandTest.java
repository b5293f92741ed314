package io.jsetl.cli.schema;

import static com.google.common.truth.Truth.assertThat;

import io.jsetl.cli.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code jsetl schema diff}: the changes, and an exit code CI can gate on. */
class SchemaDiffCommandTest {
  @TempDir Path dir;

  private static final String V1 =
      """
      {
        "format": 1,
        "record": "com.acme.Citizen",
        "version": 1,
        "columns": [
          {
            "name": "id",
            "type": "bigint",
            "nullable": false,
            "rules": []
          },
          {
            "name": "email",
            "type": "string",
            "nullable": true,
            "rules": []
          }
        ],
        "rules": []
      }
      """;

  private Path write(String name, String json) throws IOException {
    return Files.writeString(dir.resolve(name), json);
  }

  @Test
  void identicalSnapshots() throws IOException {
    Path old = write("old.json", V1);

    CliRun run = CliRun.of("schema", "diff", old.toString(), old.toString());

    assertThat(run.exitCode()).isEqualTo(0);
    assertThat(run.out()).isEqualTo("no changes\n");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void addingANullableColumnDoesNotBreak() throws IOException {
    Path old = write("old.json", V1);
    Path now =
        write(
            "new.json",
            V1.replace(
                "    }\n  ],",
                "    },\n    {\"name\": \"phone\", \"type\": \"string\", \"nullable\": true,"
                    + " \"rules\": []}\n  ],"));

    CliRun run = CliRun.of("schema", "diff", old.toString(), now.toString());

    assertThat(run.exitCode()).isEqualTo(0);
    assertThat(run.out()).isEqualTo("+ added nullable column phone\n");
  }

  @Test
  void removingAColumnAndNarrowingATypeBreak() throws IOException {
    Path old = write("old.json", V1);
    Path now =
        write(
            "new.json",
            """
            {
              "format": 1,
              "record": "com.acme.Citizen",
              "version": 1,
              "columns": [{"name": "id", "type": "int", "nullable": false, "rules": []}],
              "rules": []
            }
            """);

    CliRun run = CliRun.of("schema", "diff", old.toString(), now.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out())
        .isEqualTo(
            "~ id: bigint -> int (narrowed, breaking)\n"
                + "- removed column email (breaking)\n"
                + "2 breaking changes: data written under "
                + old
                + " does not fit "
                + now
                + "; raise @Schema(version) or keep the old shape\n");
  }

  @Test
  void aMissingFileIsAReadError() throws IOException {
    Path old = write("old.json", V1);
    Path missing = dir.resolve("missing.json");

    CliRun run = CliRun.of("schema", "diff", old.toString(), missing.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo("jsetl schema diff: " + missing + " does not exist\n");
  }

  @Test
  void aFileThatIsNotASnapshotIsAReadError() throws IOException {
    Path old = write("old.json", V1);
    Path other = write("other.json", "{\"format\": 1}");

    CliRun run = CliRun.of("schema", "diff", old.toString(), other.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .startsWith("jsetl schema diff: " + other + " is not a jsetl schema snapshot: ");
    assertThat(run.err().lines().count()).isEqualTo(1);
  }

  @Test
  void bothFilesAreRequired() throws IOException {
    CliRun run = CliRun.of("schema", "diff", write("old.json", V1).toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo(
            "jsetl schema diff: Missing required parameter: 'NEW'\n"
                + "Run 'jsetl schema diff --help' for usage.\n");
  }
}
