package io.jsetl.processor.snapshot;

import static io.jsetl.processor.snapshot.SnapshotSources.snapshotText;

import com.google.testing.compile.Compilation;
import io.jsetl.processor.JsetlProcessor;
import io.jsetl.processor.testing.Compilations;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;

/**
 * The versioning workflow of a user, for tests: compile the released record, commit its snapshot
 * into a baseline directory, compile the changed record against it.
 */
final class SnapshotVersioning {
  private SnapshotVersioning() {}

  /** Compiles {@code released} and copies the snapshot of {@code record} into {@code baseline}. */
  static Path commit(Path baseline, String record, JavaFileObject... released) {
    Compilation compilation = Compilations.compile(released);
    return write(baseline, record, snapshotText(compilation, record));
  }

  /** Writes {@code <record>.json} into {@code baseline}. */
  static Path write(Path baseline, String record, String text) {
    Path file = baseline.resolve(record + ".json");
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  /** Compiles with {@code -Ajsetl.schemas.baseline=<baseline>}. */
  static Compilation compileAgainst(Path baseline, JavaFileObject... sources) {
    return Compilations.compiler(List.of(new JsetlProcessor()))
        .withOptions("-Ajsetl.schemas.baseline=" + baseline)
        .compile(sources);
  }
}
