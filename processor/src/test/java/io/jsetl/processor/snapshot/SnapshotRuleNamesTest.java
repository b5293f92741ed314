package io.jsetl.processor.snapshot;

import static com.google.common.truth.Truth.assertThat;

import io.jsetl.dsl.Rule;
import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Rule names come from the DSL's {@link Rule} values, which the processor builds while javac runs,
 * where Spark is not on the processor path: those values must load and name themselves without it.
 */
class SnapshotRuleNamesTest {

  @Test
  void valueRulesNameThemselvesWithoutSpark() throws Exception {
    URL dsl = Rule.class.getProtectionDomain().getCodeSource().getLocation();
    try (URLClassLoader withoutSpark =
        new URLClassLoader(new URL[] {dsl}, ClassLoader.getPlatformClassLoader())) {
      assertThat(isLoadable(withoutSpark, "org.apache.spark.sql.Column")).isFalse();
      Class<?> range = withoutSpark.loadClass(Rule.NumberRange.class.getName());
      Object rule =
          range
              .getConstructor(String.class, double.class, double.class)
              .newInstance("age", 0.0, 150.0);
      assertThat(range.getMethod("name").invoke(rule)).isEqualTo("range[0..150]");
      Class<?> oneOf = withoutSpark.loadClass(Rule.OneOf.class.getName());
      Object values = oneOf.getConstructor(String.class, List.class).newInstance("s", List.of("A"));
      assertThat(oneOf.getMethod("name").invoke(values)).isEqualTo("oneOf[A]");
    }
  }

  private static boolean isLoadable(ClassLoader loader, String name) {
    try {
      Class.forName(name, false, loader);
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }

  @Test
  void dslIsADirectoryOrJarOfItsOwn() {
    // Guards the test above: the DSL's location must not be a jar that bundles Spark.
    File dsl = new File(Rule.class.getProtectionDomain().getCodeSource().getLocation().getPath());
    assertThat(dsl.getName()).doesNotContain("spark");
  }
}
