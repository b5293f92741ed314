package io.jsetl.runtime.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigFactory;
import org.apache.spark.storage.StorageLevel;
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
  void cachingIsAutoAtMemoryAndDiskByDefault() {
    JsetlSettings s = JsetlSettings.load(ConfigFactory.empty(), null);

    assertEquals(new CacheSettings(true, "MEMORY_AND_DISK"), s.cache());
    assertEquals("auto", s.cache().mode());
  }

  @Test
  void cachingCanBeTurnedOffAndItsLevelChosenInAnyCase() {
    JsetlSettings s =
        JsetlSettings.load(
            ConfigFactory.parseString("jsetl { cache = OFF, cache-storage-level = disk_only }"), null);

    assertFalse(s.cache().enabled());
    assertEquals("DISK_ONLY", s.cache().storageLevel());
    assertEquals(StorageLevel.DISK_ONLY(), s.cache().level());
  }

  @Test
  void aBadCacheModeNamesTheKeyAndTheChoices() {
    ConfigException e =
        assertThrows(
            ConfigException.class,
            () -> JsetlSettings.load(ConfigFactory.parseString("jsetl.cache = always"), null));

    assertEquals(
        "Invalid value at 'jsetl.cache': must be \"auto\" (persist shared Datasets) or \"off\""
            + " (never persist)",
        e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"MEMORY_AND_DISKS", "NONE", ""})
  void aBadStorageLevelNamesTheKeyAndSomeLevels(String value) {
    ConfigException e =
        assertThrows(
            ConfigException.class,
            () ->
                JsetlSettings.load(
                    ConfigFactory.parseString("jsetl.cache-storage-level = \"" + value + "\""), null));

    assertEquals(
        "Invalid value at 'jsetl.cache-storage-level': must name a Spark storage level such as"
            + " MEMORY_AND_DISK, MEMORY_ONLY, DISK_ONLY or MEMORY_AND_DISK_SER (not NONE: set"
            + " jsetl.cache = off to persist nothing)",
        e.getMessage());
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
