package io.jsetl.cli.infer;

import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.jsetl.processor.JsetlProcessor;
import java.io.File;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;

/** Compiles an inferred record with jsetl's annotation processor, as a user's build would. */
final class RecordCompiler {
  /**
   * What a record and its generated {@code X_} need: the DSL, JSpecify, the runtime's encoding and
   * Spark's SQL API (with Scala and the logging trait it extends). A few jars, rather than the
   * whole test classpath, which javac would scan for every compilation.
   */
  private static final List<File> CLASSPATH =
      Stream.of(
              io.jsetl.dsl.Schema.class,
              org.jspecify.annotations.Nullable.class,
              io.jsetl.runtime.encoding.Encoding.class,
              com.typesafe.config.Config.class,
              org.apache.spark.sql.Column.class,
              org.apache.spark.internal.Logging.class,
              scala.Product.class)
          .map(RecordCompiler::location)
          .toList();

  private RecordCompiler() {}

  /** Compiles {@code source} (the record {@code qualifiedName}) and fails on any diagnostic. */
  static Compilation compileCleanly(String qualifiedName, String source) {
    Compilation compilation =
        javac()
            .withProcessors(new JsetlProcessor())
            .withClasspath(CLASSPATH)
            .compile(JavaFileObjects.forSourceString(qualifiedName, source));
    List<Diagnostic<?>> problems =
        compilation.diagnostics().stream()
            .filter(d -> d.getKind() != Diagnostic.Kind.NOTE)
            .collect(Collectors.toList());
    assertWithMessage(
            "javac reported on the inferred source:\n"
                + problems.stream()
                    .map(
                        d ->
                            d.getKind()
                                + " line "
                                + d.getLineNumber()
                                + ": "
                                + d.getMessage(Locale.ROOT))
                    .collect(Collectors.joining("\n"))
                + "\n--- source ---\n"
                + source)
        .that(problems)
        .isEmpty();
    assertWithMessage("compilation status")
        .that(compilation.status())
        .isEqualTo(Compilation.Status.SUCCESS);
    return compilation;
  }

  private static File location(Class<?> type) {
    try {
      return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException("Cannot locate " + type.getName(), e);
    }
  }
}
