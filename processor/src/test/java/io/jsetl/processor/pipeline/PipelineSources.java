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

  /** A source file {@code t.SimpleName} with the usual imports; {@code body} declares the type. */
  static JavaFileObject source(String simpleName, String... body) {
    return inPackage("t", simpleName, body);
  }

  /** As {@link #source}, in another package (for same-named types). */
  static JavaFileObject inPackage(String packageName, String simpleName, String... body) {
    List<String> lines = new ArrayList<>(IMPORTS);
    lines.set(0, "package " + packageName + ";");
    lines.addAll(List.of(body));
    return JavaFileObjects.forSourceLines(packageName + "." + simpleName, lines);
  }
}
