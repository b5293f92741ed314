package io.jsetl.processor.testing;

import static com.google.common.truth.Truth.assertWithMessage;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import io.jsetl.processor.JsetlProcessor;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.annotation.processing.Processor;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/** Compiles test sources with jsetl's processor; the test classpath has the runtime and Spark. */
public final class Compilations {
  /**
   * What user code and generated code need: the DSL, JSpecify, the runtime, Typesafe Config,
   * Spark's SQL API (with the Scala library and Spark's logging trait it extends) and the Jakarta
   * Bean Validation API whose constraints records may carry. Ten times faster
   * than the whole test classpath (about 200 jars), which javac would scan for every compilation.
   */
  public static final List<File> CLASSPATH =
      locations(
          "io.jsetl.dsl.Schema",
          "org.jspecify.annotations.Nullable",
          "io.jsetl.runtime.encoding.Encoding",
          "com.typesafe.config.Config",
          "org.apache.spark.sql.Column",
          "org.apache.spark.internal.Logging",
          "scala.Product",
          "jakarta.validation.constraints.NotNull");

  private Compilations() {}

  /** In memory, through compile-testing: for diagnostics and generated sources. */
  public static Compilation compile(JavaFileObject... sources) {
    return compiler(List.of(new JsetlProcessor())).compile(sources);
  }

  /** javac with these processors and {@link #CLASSPATH}. */
  public static Compiler compiler(List<? extends Processor> processors) {
    return Compiler.javac().withProcessors(processors).withClasspath(CLASSPATH);
  }

  /** As {@link #compile}, with more processors running after jsetl's. */
  public static Compilation compileWith(List<Processor> others, JavaFileObject... sources) {
    List<Processor> all = new ArrayList<>();
    all.add(new JsetlProcessor());
    all.addAll(others);
    return compiler(all).compile(sources);
  }

  /**
   * Compiles to {@code dir} with the real javac and returns a class loader over the result that
   * delegates to the test classpath, so generated classes can be loaded and used.
   */
  public static ClassLoader compileAndLoad(Path dir, JavaFileObject... sources) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, null, null)) {
      Path classes = Files.createDirectories(dir.resolve("classes"));
      Path generated = Files.createDirectories(dir.resolve("generated"));
      files.setLocationFromPaths(StandardLocation.CLASS_OUTPUT, List.of(classes));
      files.setLocationFromPaths(StandardLocation.SOURCE_OUTPUT, List.of(generated));
      JavaCompiler.CompilationTask task =
          javac.getTask(
              null,
              files,
              diagnostics,
              List.of("-classpath", classpath()),
              null,
              List.of(sources));
      task.setProcessors(List.of(new JsetlProcessor()));
      boolean ok = task.call();
      assertWithMessage(
              diagnostics.getDiagnostics().stream()
                  .map(d -> d.getKind() + ": " + d.getMessage(Locale.ROOT))
                  .collect(Collectors.joining("\n")))
          .that(ok)
          .isTrue();
      return new URLClassLoader(
          new URL[] {classes.toUri().toURL()}, Compilations.class.getClassLoader());
    } catch (MalformedURLException e) {
      throw new IllegalStateException(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String classpath() {
    return CLASSPATH.stream().map(File::getPath).collect(Collectors.joining(File.pathSeparator));
  }

  private static List<File> locations(String... classNames) {
    List<File> files = new ArrayList<>();
    for (String name : classNames) {
      try {
        files.add(
            new File(
                Class.forName(name, false, Compilations.class.getClassLoader())
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI()));
      } catch (ReflectiveOperationException | URISyntaxException e) {
        throw new IllegalStateException("Cannot locate " + name + " on the test classpath", e);
      }
    }
    return List.copyOf(files);
  }
}
