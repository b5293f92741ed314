package io.jsetl.runtime.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class JsetlSettingsTest {
  @Test
  void defaultsComeFromReferenceConf() {
    JsetlSettings s = JsetlSettings.load(ConfigFactory.empty(), null);

    assertEquals(Runtime.getRuntime().availableProcessors(), s.parallelism());
    assertTrue(s.progress());
    assertEquals("local[*]", s.config().getString("jsetl.spark.master"));
  }

  @Test
  void configuredValuesAreRead() {
    JsetlSettings s =
        JsetlSettings.load(ConfigFactory.parseString("jsetl { parallelism = 3, progress = false }"), null);

    assertEquals(3, s.parallelism());
    assertFalse(s.progress());
  }

  @Test
  void theBuildersParallelismWins() {
    JsetlSettings s = JsetlSettings.load(ConfigFactory.parseString("jsetl.parallelism = 3"), 5);

    assertEquals(5, s.parallelism());
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "-2", "many", "1.5"})
  void aBadParallelismNamesTheKeyButNotTheValue(String value) {
    ConfigException e =
        assertThrows(
            ConfigException.class,
            () -> JsetlSettings.load(ConfigFactory.parseString("jsetl.parallelism = \"" + value + "\""), null));

    assertEquals(
        "Invalid value at 'jsetl.parallelism': must be a whole number of at least 1, or \"auto\" for"
            + " the core count",
        e.getMessage());
  }
}
