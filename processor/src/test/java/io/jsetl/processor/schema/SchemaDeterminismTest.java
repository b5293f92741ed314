package io.jsetl.processor.schema;

import static com.google.common.truth.Truth.assertThat;
import static io.jsetl.processor.schema.SchemaSources.record;

import com.google.testing.compile.Compilation;
import io.jsetl.processor.testing.Compilations;
import io.jsetl.processor.testing.Diagnostics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Builds are reproducible: the same sources give the same bytes and the same messages. */
class SchemaDeterminismTest {

  @Test
  void sameSourcesTwiceGiveByteIdenticalOutput() {
    Map<String, byte[]> first =
        generated(Compilations.compile(SchemaGoldenTest.CITIZEN, SchemaGoldenTest.ADDRESS));
    Map<String, byte[]> second =
        generated(Compilations.compile(SchemaGoldenTest.CITIZEN, SchemaGoldenTest.ADDRESS));

    assertThat(first.keySet()).containsExactly("/SOURCE_OUTPUT/t/Address_.java",
        "/SOURCE_OUTPUT/t/Citizen_.java");
    assertThat(second.keySet()).isEqualTo(first.keySet());
    first.forEach((name, bytes) -> assertThat(second.get(name)).isEqualTo(bytes));
  }

  @Test
  void sourceOrderChangesNeitherOutputNorMessages() {
    JavaFileObject bad = record("Bad", "UUID id", "@Range(min = 2, max = 1) int n");
    JavaFileObject worse = record("Worse", "char c");
    Compilation forward =
        Compilations.compile(SchemaGoldenTest.CITIZEN, SchemaGoldenTest.ADDRESS, bad, worse);
    Compilation backward =
        Compilations.compile(worse, bad, SchemaGoldenTest.ADDRESS, SchemaGoldenTest.CITIZEN);

    assertThat(Diagnostics.errors(backward)).containsExactlyElementsIn(Diagnostics.errors(forward))
        .inOrder();
    assertThat(Diagnostics.errors(forward)).hasSize(3);
  }

  /** Generated files by name, with their bytes. */
  private static Map<String, byte[]> generated(Compilation compilation) {
    Map<String, byte[]> files = new TreeMap<>();
    for (JavaFileObject file : compilation.generatedSourceFiles()) {
      try {
        files.put(
            file.toUri().getPath(),
            file.getCharContent(true).toString().getBytes(StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return files;
  }
}
