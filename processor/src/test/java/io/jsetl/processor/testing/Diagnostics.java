package io.jsetl.processor.testing;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.util.List;
import java.util.Locale;
import javax.tools.JavaFileObject;

/**
 * Assertions on a compilation's errors and warnings: the count, the full text and the line they
 * point at.
 */
public final class Diagnostics {
  private Diagnostics() {}

  /** The compilation failed with exactly this error, on the line containing {@code line}. */
  public static void assertOnlyError(
      Compilation compilation, String message, JavaFileObject file, String line) {
    assertThat(errors(compilation)).containsExactly(message);
    assertThat(compilation).hadErrorContaining(message).inFile(file).onLineContaining(line);
  }

  /** One of the compilation's errors is exactly {@code message}, on the line containing it. */
  public static void assertError(
      Compilation compilation, String message, JavaFileObject file, String line) {
    assertThat(errors(compilation)).contains(message);
    assertThat(compilation).hadErrorContaining(message).inFile(file).onLineContaining(line);
  }

  /**
   * The compilation succeeded with exactly this warning, on the line containing {@code line}: a
   * warning never stops code generation.
   */
  public static void assertOnlyWarning(
      Compilation compilation, String message, JavaFileObject file, String line) {
    assertThat(compilation).succeeded();
    assertThat(warnings(compilation)).containsExactly(message);
    assertThat(compilation).hadWarningContaining(message).inFile(file).onLineContaining(line);
  }

  /** The full text of every warning, in the order javac reported them. */
  public static List<String> warnings(Compilation compilation) {
    return compilation.warnings().stream().map(d -> d.getMessage(Locale.ROOT)).toList();
  }

  /** The full text of every error, in the order javac reported them. */
  public static List<String> errors(Compilation compilation) {
    return compilation.errors().stream().map(d -> d.getMessage(Locale.ROOT)).toList();
  }
}
