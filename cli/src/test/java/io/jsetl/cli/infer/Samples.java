package io.jsetl.cli.infer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes sample files for the tests. */
final class Samples {
  private Samples() {}

  /** {@code lines}, each ended by a newline, as {@code dir/name}. */
  static Path write(Path dir, String name, String... lines) {
    Path file = dir.resolve(name);
    try {
      Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }
}
