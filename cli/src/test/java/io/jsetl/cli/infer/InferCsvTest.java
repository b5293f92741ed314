package io.jsetl.cli.infer;

import static com.google.common.truth.Truth.assertThat;

import io.jsetl.cli.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code jsetl infer} on CSV samples: the whole source for a small one, and where it goes. */
class InferCsvTest {
  @TempDir Path dir;

  private Path citizens() {
    return Samples.write(
        dir,
        "citizens.csv",
        "name,age,city,email,joined,score",
        "Ada Lovelace,36,Paris,ada@example.org,2020-01-15,9.5",
        "Alan Turing,41,Lyon,,2021-06-01,7.25",
        "Grace Hopper,85,Paris,grace@example.org,2019-11-30,8",
        "Edsger Dijkstra,72,Lyon,,2022-02-28,6.5");
  }

  @Test
  void writesTheRecordWithSuggestedChecks() {
    CliRun run =
        CliRun.of("infer", citizens().toString(), "--name", "Citizen", "--package", "com.example");

    assertThat(run.err()).isEmpty();
    assertThat(run.exitCode()).isEqualTo(0);
    assertThat(run.out())
        .isEqualTo(
            """
            // Inferred by `jsetl infer` from 4 rows of citizens.csv.
            // The checks are suggestions from that sample only: keep those that hold for all your data.
            package com.example;

            import io.jsetl.dsl.Length;
            import io.jsetl.dsl.NotBlank;
            import io.jsetl.dsl.OneOf;
            import io.jsetl.dsl.Range;
            import io.jsetl.dsl.Schema;
            import java.time.LocalDate;
            import org.jspecify.annotations.Nullable;

            @Schema
            public record Citizen(
                @NotBlank @Length(max = 15) String name,
                @Range(min = 36, max = 85) int age,
                @OneOf({"Lyon", "Paris"}) String city,
                @NotBlank @Length(max = 17) @Nullable String email,
                @Range(from = "2019-11-30", to = "2022-02-28") LocalDate joined,
                @Range(min = 6.5, max = 9.5) double score) {}
            """);
    RecordCompiler.compileCleanly("com.example.Citizen", run.out());
  }

  @Test
  void namesTheRecordAfterTheFileByDefault() {
    CliRun run = CliRun.of("infer", citizens().toString());

    assertThat(run.exitCode()).isEqualTo(0);
    assertThat(run.out()).contains("public record Citizens(");
    assertThat(run.out()).doesNotContain("package ");
    RecordCompiler.compileCleanly("Citizens", run.out());
  }

  @Test
  void withoutHeaderColumnsAreNumbered() {
    Path sample = Samples.write(dir, "pairs.csv", "a,1", "b,2");

    CliRun run = CliRun.of("infer", sample.toString(), "--header=false");

    assertThat(run.exitCode()).isEqualTo(0);
    assertThat(run.out()).contains("@Column(\"_c0\") @NotBlank @Length(max = 1) String c0,");
    assertThat(run.out()).contains("@Column(\"_c1\") @Range(min = 1, max = 2) int c1) {}");
    RecordCompiler.compileCleanly("Pairs", run.out());
  }

  @Test
  void writesIntoThePackageDirectoryAndKeepsAnExistingFile() throws IOException {
    Path out = dir.resolve("src");
    String[] args = {
      "infer",
      citizens().toString(),
      "--name",
      "Citizen",
      "--package",
      "com.example",
      "--out",
      out.toString()
    };
    Path file = out.resolve("com/example/Citizen.java");

    CliRun first = CliRun.of(args);
    assertThat(first.exitCode()).isEqualTo(0);
    assertThat(first.out()).isEqualTo("Wrote " + file + "\n");
    assertThat(Files.readString(file)).contains("public record Citizen(");

    Files.writeString(file, "// edited by hand\n");
    CliRun again = CliRun.of(args);
    assertThat(again.exitCode()).isEqualTo(2);
    assertThat(again.err())
        .isEqualTo("jsetl infer: " + file + " already exists; pass --force to replace it\n");
    assertThat(Files.readString(file)).isEqualTo("// edited by hand\n");

    String[] forced = java.util.Arrays.copyOf(args, args.length + 1);
    forced[args.length] = "--force";
    assertThat(CliRun.of(forced).exitCode()).isEqualTo(0);
    assertThat(Files.readString(file)).contains("public record Citizen(");
  }
}
