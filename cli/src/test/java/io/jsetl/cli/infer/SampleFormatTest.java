package io.jsetl.cli.infer;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.jsetl.cli.CliError;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sample's format from its name, or from the data files of a directory. */
class SampleFormatTest {
  @TempDir Path dir;

  @Test
  void fromTheExtension() {
    assertThat(SampleFormat.of(Path.of("citizens.csv"))).isEqualTo(SampleFormat.CSV);
    assertThat(SampleFormat.of(Path.of("CITIZENS.CSV"))).isEqualTo(SampleFormat.CSV);
    assertThat(SampleFormat.of(Path.of("events.json.gz"))).isEqualTo(SampleFormat.JSON);
    assertThat(SampleFormat.of(Path.of("events.jsonl"))).isEqualTo(SampleFormat.JSON);
    assertThat(SampleFormat.of(Path.of("part-0.snappy.parquet"))).isEqualTo(SampleFormat.PARQUET);
  }

  @Test
  void fromTheDataFilesOfADirectory() throws IOException {
    Path out = Files.createDirectories(dir.resolve("out"));
    Files.createFile(out.resolve("_SUCCESS"));
    Files.createFile(out.resolve(".part-00000.csv.crc"));
    Files.createFile(out.resolve("part-00000.csv"));

    assertThat(SampleFormat.of(out)).isEqualTo(SampleFormat.CSV);
  }

  @Test
  void anUnknownExtensionAsksForTheFormat() {
    CliError error = assertThrows(CliError.class, () -> SampleFormat.of(Path.of("data.txt")));

    assertThat(error)
        .hasMessageThat()
        .isEqualTo(
            "cannot tell the format of data.txt from its name; pass --format csv, --format json"
                + " or --format parquet");
  }
}
