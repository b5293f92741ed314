package io.jsetl.processor.snapshot;

import static com.google.common.truth.Truth.assertWithMessage;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;

/** Versions of one {@code @Schema} record for versioning tests, and the snapshots they produce. */
final class SnapshotSources {
  private SnapshotSources() {}

  /**
   * {@code @Schema(version = N) public record Citizen(components...) {}} in package {@code t}, one
   * component per line.
   */
  static JavaFileObject citizen(int version, String... components) {
    return record("@Schema(version = " + version + ")", "Citizen", components);
  }

  /** A record with the given {@code @Schema} line, e.g. {@code @Schema}. */
  static JavaFileObject record(String schema, String simpleName, String... components) {
    List<String> lines = new ArrayList<>();
    lines.add("package t;");
    lines.add("");
    lines.add("import io.jsetl.dsl.*;");
    lines.add("import java.math.BigDecimal;");
    lines.add("import java.util.*;");
    lines.add("import org.jspecify.annotations.Nullable;");
    lines.add("");
    lines.add(schema);
    lines.add("public record " + simpleName + "(");
    for (int i = 0; i < components.length; i++) {
      lines.add("    " + components[i] + (i < components.length - 1 ? "," : ") {}"));
    }
    return JavaFileObjects.forSourceLines("t." + simpleName, lines);
  }

  /** The snapshot the compilation wrote for {@code record}; fails naming what was generated. */
  static String snapshotText(Compilation compilation, String record) {
    JavaFileObject file =
        compilation
            .generatedFile(
                StandardLocation.CLASS_OUTPUT,
                SnapshotJson.RESOURCE_DIRECTORY + SnapshotJson.fileName(record))
            .orElse(null);
    assertWithMessage(
            "no snapshot of %s; generated: %s; diagnostics: %s",
            record, compilation.generatedFiles(), compilation.diagnostics())
        .that(file)
        .isNotNull();
    try {
      return file.getCharContent(true).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
