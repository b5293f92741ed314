package io.jsetl.processor.testing;

import static com.google.common.truth.Truth.assertWithMessage;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.TestInfo;

/**
 * Golden files, as Dagger keeps them: the expected generated source of type {@code a.b.X} for test
 * method {@code m} of class {@code T} is {@code src/test/resources/goldens/T/m/a.b.X.java},
 * compared as exact text (formatting and ordering are part of what is tested). Run with
 * {@code -Dgoldens.update=true} to (re)write the goldens from the current output, then review the
 * diff.
 */
public final class Goldens {
  private static final Path SOURCE_ROOT = Path.of("src", "test", "resources");

  private Goldens() {}

  public static void assertMatchesGolden(
      Compilation compilation, TestInfo test, String qualifiedName) {
    assertTextMatchesGolden(
        generatedSource(compilation, qualifiedName), test, qualifiedName + ".java");
  }

  /**
   * Any generated text (e.g. a resource such as a schema snapshot) against the golden file {@code
   * goldens/T/m/fileName}.
   */
  public static void assertTextMatchesGolden(String actual, TestInfo test, String fileName) {
    String relative =
        "goldens/"
            + test.getTestClass().orElseThrow().getSimpleName()
            + "/"
            + test.getTestMethod().orElseThrow().getName()
            + "/"
            + fileName;
    if (Boolean.getBoolean("goldens.update")) {
      write(SOURCE_ROOT.resolve(relative), actual);
      return;
    }
    String expected = read(relative);
    if (expected == null) {
      fail(
          "Missing golden file processor/src/test/resources/"
              + relative
              + ". Create it with the generated source below (or run the test with"
              + " -Dgoldens.update=true) and review it:\n"
              + actual);
    }
    assertWithMessage("generated %s differs from golden %s", fileName, relative)
        .that(actual)
        .isEqualTo(expected);
  }

  /** The text of a generated source file; fails naming the files that were generated. */
  public static String generatedSource(Compilation compilation, String qualifiedName) {
    JavaFileObject file =
        compilation
            .generatedSourceFile(qualifiedName)
            .orElseThrow(
                () ->
                    new AssertionError(
                        "No generated source "
                            + qualifiedName
                            + "; generated: "
                            + compilation.generatedSourceFiles()
                            + "; diagnostics: "
                            + compilation.diagnostics()));
    try {
      return file.getCharContent(true).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(String resource) {
    try (InputStream in = Goldens.class.getClassLoader().getResourceAsStream(resource)) {
      return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(Path file, String text) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
