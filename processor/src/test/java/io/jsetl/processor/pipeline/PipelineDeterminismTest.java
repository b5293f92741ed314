package io.jsetl.processor.pipeline;

import static com.google.common.truth.Truth.assertThat;
import static io.jsetl.processor.pipeline.PipelineSources.report;
import static io.jsetl.processor.pipeline.PipelineSources.source;
import static io.jsetl.processor.testing.Compilations.compile;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.TreeMap;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** The same sources give byte-identical generated code, whatever order javac sees them in. */
class PipelineDeterminismTest {
  private static final JavaFileObject ALPHA =
      source(
          "Alpha",
          "public class Alpha {",
          "  @Deliver(id = \"z\") public String z(@Input(id = \"seed\") Long seed) { return \"z\" +"
              + " seed; }",
          "  @Deliver(id = \"a\") public String a(@Input(id = \"z\") String z, List<Integer> sizes)"
              + " { return z; }",
          "}");
  private static final JavaFileObject BETA =
      source(
          "Beta",
          "public class Beta {",
          "  @Deliver public Integer m(@Input(id = \"a\") String a, @Input(id = \"flag\") Boolean"
              + " flag) {",
          "    return a.length();",
          "  }",
          "  @Deliver(id = \"b\") public static String b(@Input(id = \"z\") String z) { return z;"
              + " }",
          "}");
  private static final JavaFileObject REPORT =
      report(
          "{Beta.class, Alpha.class}",
          "Integer m();",
          "@Named(\"b\") String b();",
          "@Named(\"a\") String a();");

  @Test
  void twiceAndInAnyOrder() {
    Map<String, String> first = generated(compile(ALPHA, BETA, REPORT));
    Map<String, String> second = generated(compile(ALPHA, BETA, REPORT));
    Map<String, String> reversed = generated(compile(REPORT, BETA, ALPHA));
    assertThat(first.keySet())
        .containsExactly(
            "/SOURCE_OUTPUT/t/Alpha_Wiring.java",
            "/SOURCE_OUTPUT/t/Beta_Wiring.java",
            "/SOURCE_OUTPUT/t/JsetlReport.java");
    assertThat(second).isEqualTo(first);
    assertThat(reversed).isEqualTo(first);
  }

  private static Map<String, String> generated(Compilation compilation) {
    Map<String, String> sources = new TreeMap<>();
    for (JavaFileObject file : compilation.generatedSourceFiles()) {
      try {
        sources.put(file.getName(), file.getCharContent(true).toString());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return sources;
  }
}
