package io.jsetl.processor.util;

import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.annotation.processing.ProcessingEnvironment;

/**
 * Writes one generated top-level type per file, with jsetl's formatting. Writers add the
 * originating elements to the {@link TypeSpec} (incremental builds know which sources a file comes
 * from) and {@link GeneratedAnnotations#generated}.
 */
public final class SourceFiles {
  private SourceFiles() {}

  /** The file for {@code type} in {@code packageName}. */
  public static JavaFile javaFile(String packageName, TypeSpec type) {
    return JavaFile.builder(packageName, type).skipJavaLangImports(true).indent("  ").build();
  }

  /** Writes {@code file} through the {@link javax.annotation.processing.Filer}. */
  public static void write(JavaFile file, ProcessingEnvironment env) {
    try {
      file.writeTo(env.getFiler());
    } catch (IOException e) {
      throw new UncheckedIOException(
          "could not write " + file.packageName() + "." + file.typeSpec().name(), e);
    }
  }
}
