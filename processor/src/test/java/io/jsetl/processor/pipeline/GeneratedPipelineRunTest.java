package io.jsetl.processor.pipeline;

import static com.google.common.truth.Truth.assertThat;
import static io.jsetl.processor.pipeline.PipelineSources.source;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.jsetl.processor.testing.Compilations;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compiles a pipeline whose deliverables are plain Java values ({@code String}, {@code Integer},
 * {@code List<String>}), loads the generated {@code JsetlWordStats} and runs it on the engine: the
 * generated wiring calls the factories, the builder passes external inputs and listeners, and each
 * factory class is instantiated once per pipeline.
 */
class GeneratedPipelineRunTest {
  private static final JavaFileObject WORDS =
      source(
          "Words",
          "public class Words {",
          "  public static final java.util.concurrent.atomic.AtomicInteger CREATED =",
          "      new java.util.concurrent.atomic.AtomicInteger();",
          "",
          "  public Words() {",
          "    CREATED.incrementAndGet();",
          "  }",
          "",
          "  @Deliver(id = \"words\")",
          "  public List<String> words(@Input(id = \"text\") String text) {",
          "    return List.of(text.split(\" \"));",
          "  }",
          "",
          "  @Deliver",
          "  public int count(@Input(id = \"words\") List<String> words) {",
          "    return words.size();",
          "  }",
          "",
          "  @Deliver(id = \"longest\")",
          "  public static String longest(@Input(id = \"words\") List<String> words, RunContext"
              + " context) {",
          "    return words.stream().max(Comparator.comparingInt(String::length)).orElseThrow()",
          "        + \"@\" + context.node();",
          "  }",
          "",
          "  @Deliver(id = \"summary\")",
          "  public String summary(",
          "      Integer count,",
          "      @Input(id = \"longest\") String longest,",
          "      @Input(id = \"suffix\", optional = true) String suffix) {",
          "    return count + \" words, longest \" + longest + (suffix == null ? \"\" : suffix);",
          "  }",
          "}");
  private static final JavaFileObject WORD_STATS =
      source(
          "WordStats",
          "@Pipeline(factories = Words.class)",
          "public interface WordStats {",
          "  int count();",
          "",
          "  @Named(\"summary\") String summary();",
          "}");
  private static final JavaFileObject RUNNER =
      source(
          "Runner",
          "public class Runner implements java.util.concurrent.Callable<String> {",
          "  @Override",
          "  public String call() {",
          "    Set<String> started = new java.util.concurrent.ConcurrentSkipListSet<>();",
          "    JsetlWordStats stats = JsetlWordStats.builder()",
          "        .text(\"the quick brown fox jumps\")",
          "        .spark(io.jsetl.runtime.testkit.TestSpark.session())",
          "        .parallelism(2)",
          "        .listener(new io.jsetl.runtime.RunListener() {",
          "          @Override public void beforeNode(String node) { started.add(node); }",
          "        })",
          "        .suffix(\"!\")",
          "        .build();",
          "    stats.run();",
          "    return stats.summary() + \" | \" + stats.count() + \" | created \" +"
              + " Words.CREATED.get() + \" | \" + started;",
          "  }",
          "}");
  private static final JavaFileObject MISSING_TEXT =
      source(
          "MissingText",
          "public class MissingText implements java.util.concurrent.Callable<String> {",
          "  @Override",
          "  public String call() {",
          "    return JsetlWordStats.builder().text(null).build().summary();",
          "  }",
          "}");

  @Test
  void runsTheFactoriesThroughTheGeneratedWiring(@TempDir Path dir) throws Exception {
    ClassLoader loader = Compilations.compileAndLoad(dir, WORDS, WORD_STATS, RUNNER);
    String result = call(loader, "t.Runner");
    assertThat(result)
        .isEqualTo(
            "5 words, longest quick@Words.longest! | 5 | created 1"
                + " | [Words.count, Words.longest, Words.summary, Words.words]");
  }

  @Test
  void requiredStepRejectsNull(@TempDir Path dir) throws Exception {
    ClassLoader loader = Compilations.compileAndLoad(dir, WORDS, WORD_STATS, MISSING_TEXT);
    NullPointerException e =
        assertThrows(NullPointerException.class, () -> call(loader, "t.MissingText"));
    assertThat(e).hasMessageThat().isEqualTo("JsetlWordStats.builder(): text must not be null");
  }

  @SuppressWarnings("unchecked")
  private static String call(ClassLoader loader, String name) throws Exception {
    Callable<String> callable =
        (Callable<String>) loader.loadClass(name).getDeclaredConstructor().newInstance();
    return callable.call();
  }
}
