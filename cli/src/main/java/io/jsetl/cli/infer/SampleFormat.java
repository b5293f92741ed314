package io.jsetl.cli.infer;

import io.jsetl.cli.CliError;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/** The file formats {@code jsetl infer} reads, and how to tell them from a path. */
public enum SampleFormat {
  CSV("csv"),
  JSON("json", "jsonl", "ndjson"),
  PARQUET("parquet");

  private final List<String> extensions;

  SampleFormat(String... extensions) {
    this.extensions = List.of(extensions);
  }

  /**
   * The format named by the path's extension; for a directory without one (what Spark writes), the
   * extension of the data files inside it ({@code part-00000-….parquet}).
   */
  static SampleFormat of(Path sample) {
    return byExtension(sample)
        .or(() -> Files.isDirectory(sample) ? ofFilesIn(sample) : Optional.empty())
        .orElseThrow(
            () ->
                new CliError(
                    "cannot tell the format of "
                        + sample
                        + " from its name; pass --format csv, --format json or --format"
                        + " parquet"));
  }

  private static Optional<SampleFormat> ofFilesIn(Path directory) {
    try (Stream<Path> files = Files.list(directory)) {
      return files
          .filter(f -> !f.getFileName().toString().startsWith("."))
          .filter(f -> !f.getFileName().toString().startsWith("_"))
          .sorted()
          .map(SampleFormat::byExtension)
          .flatMap(Optional::stream)
          .findFirst();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Optional<SampleFormat> byExtension(Path path) {
    String name = path.getFileName() == null ? "" : path.getFileName().toString();
    // Spark's compressed outputs end like `part-0.csv.gz` or `part-0.snappy.parquet`.
    List<String> parts = Arrays.asList(name.toLowerCase(Locale.ROOT).split("\\."));
    return Arrays.stream(values())
        .filter(
            f ->
                parts.size() > 1
                    && parts.subList(1, parts.size()).stream().anyMatch(f.extensions::contains))
        .findFirst();
  }
}
