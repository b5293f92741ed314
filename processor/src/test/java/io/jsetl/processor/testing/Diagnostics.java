package io.jsetl.processor.testing;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.util.List;
import java.util.Locale;
import javax.tools.JavaFileObject;

/** Assertions on a compilation's errors: the count, the full text and the line they point at. */
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

  /** The full text of every error, in the order javac reported them. */
  public static List<String> errors(Compilation compilation) {
    return compilation.errors().stream().map(d -> d.getMessage(Locale.ROOT)).toList();
  }
}
