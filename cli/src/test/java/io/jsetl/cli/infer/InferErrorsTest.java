package io.jsetl.cli.infer;

import static com.google.common.truth.Truth.assertThat;

import io.jsetl.cli.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every error is one line on stderr, exit code 2, nothing on stdout and no stack trace. */
class InferErrorsTest {
  @TempDir Path dir;

  private static void assertOneLineError(CliRun run, String line) {
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo("jsetl infer: " + line + "\n");
  }

  @Test
  void missingFile() {
    Path missing = dir.resolve("missing.csv");

    assertOneLineError(CliRun.of("infer", missing.toString()), missing + " does not exist");
  }

  @Test
  void unknownFormat() {
    Path sample = Samples.write(dir, "notes.txt", "a,b");

    assertOneLineError(
        CliRun.of("infer", sample.toString()),
        "cannot tell the format of "
            + sample
            + " from its name; pass --format csv, --format json or --format parquet");
  }

  @Test
  void formatGivenOverridesTheExtension() {
    Path sample = Samples.write(dir, "notes.txt", "a,b", "1,2");

    CliRun run = CliRun.of("infer", sample.toString(), "--format", "csv");

    assertThat(run.exitCode()).isEqualTo(0);
    assertThat(run.out()).contains("public record Notes(");
  }

  @Test
  void emptyFile() throws IOException {
    Path sample = Files.createFile(dir.resolve("empty.csv"));

    assertOneLineError(
        CliRun.of("infer", sample.toString()),
        sample + " is empty; infer needs a sample with data");
  }

  @Test
  void jsonThatIsNotJson() {
    Path sample = Samples.write(dir, "broken.json", "{\"a\": 1}", "not json at all");

    assertOneLineError(
        CliRun.of("infer", sample.toString()),
        sample
            + " has lines that are not JSON objects; infer reads JSON Lines (one object per line)"
            + " or one JSON array of objects");
  }

  @Test
  void parquetThatIsNotParquet() {
    Path sample = Samples.write(dir, "broken.parquet", "this is not parquet");

    CliRun run = CliRun.of("infer", sample.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).startsWith("jsetl infer: cannot read " + sample + " as PARQUET: ");
    assertThat(run.err().lines().count()).isEqualTo(1);
    assertThat(run.err()).doesNotContain("\tat ");
  }

  @Test
  void badRecordName() {
    Path sample = Samples.write(dir, "a.csv", "x", "1");

    assertOneLineError(
        CliRun.of("infer", sample.toString(), "--name", "my record"),
        "--name my record is not a Java class name; try --name Citizen");
  }

  @Test
  void badPackage() {
    Path sample = Samples.write(dir, "a.csv", "x", "1");

    assertOneLineError(
        CliRun.of("infer", sample.toString(), "--package", "com.class"),
        "--package com.class is not a Java package name; try --package com.example");
  }

  @Test
  void oneOfMaxBelowOne() {
    Path sample = Samples.write(dir, "a.csv", "x", "1");

    assertOneLineError(
        CliRun.of("infer", sample.toString(), "--one-of-max", "0"),
        "--one-of-max must be at least 1, not 0");
  }

  @Test
  void usageErrorsSayWhereHelpIs() {
    CliRun run = CliRun.of("infer", "--format", "xml", "a.csv");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo(
            "jsetl infer: Invalid value for option '--format': expected one of [CSV, JSON,"
                + " PARQUET] (case-insensitive) but was 'xml'\n"
                + "Run 'jsetl infer --help' for usage.\n");
  }
}
