package io.jsetl.processor.pipeline;

import com.google.testing.compile.JavaFileObjects;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;

/** Test sources for factories and pipelines: package {@code t} with the usual imports. */
final class PipelineSources {
  /** Lines before the body; line numbers in tests are never hard-coded, so this can change. */
  private static final List<String> IMPORTS =
      List.of(
          "package t;",
          "",
          "import com.typesafe.config.Config;",
          "import io.jsetl.dsl.*;",
          "import io.jsetl.runtime.RunContext;",
          "import java.util.*;",
          "import org.apache.spark.sql.Dataset;",
          "import org.apache.spark.sql.Row;",
          "import org.apache.spark.sql.SparkSession;",
          "");

  private PipelineSources() {}

  /** {@code t.Names}: a factory that delivers {@code List<String>} (the default id). */
  static final JavaFileObject NAMES =
      source(
          "Names",
          "public class Names {",
          "  @Deliver public List<String> names() { return List.of(\"Ada\"); }",
          "}");

  /** A source file {@code t.SimpleName} with the usual imports; {@code body} declares the type. */
  static JavaFileObject source(String simpleName, String... body) {
    return inPackage("t", simpleName, body);
  }

  /**
   * The pipeline most tests need: {@code @Pipeline(factories = ...) public interface Report}, one
   * output method a line.
   *
   * @param factories as written in the annotation, e.g. {@code "{Names.class, Counts.class}"}
   * @param outputs the interface's methods, e.g. {@code "Integer count();"}
   */
  static JavaFileObject report(String factories, String... outputs) {
    List<String> body = new ArrayList<>();
    body.add("@Pipeline(factories = " + factories + ")");
    body.add("public interface Report {");
    for (String output : outputs) {
      body.add("  " + output);
    }
    body.add("}");
    return source("Report", body.toArray(String[]::new));
  }

  /** As {@link #source}, in another package (for same-named types). */
  static JavaFileObject inPackage(String packageName, String simpleName, String... body) {
    List<String> lines = new ArrayList<>(IMPORTS);
    lines.set(0, "package " + packageName + ";");
    lines.addAll(List.of(body));
    return JavaFileObjects.forSourceLines(packageName + "." + simpleName, lines);
  }
}
