package io.jsetl.connectors.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jsetl.connectors.TestConnectors;
import java.util.List;
import org.apache.spark.sql.SaveMode;
import org.junit.jupiter.api.Test;

class FileSettingsTest {
  private static FileSettings settings(FileFormat format, String hocon) {
    return FileSettings.from(TestConnectors.config("c", "path = p, " + hocon), format);
  }

  @Test
  void defaultsAreHeaderOnErrorIfExistsAndFailFast() {
    FileSettings s = settings(FileFormat.CSV, "storage = csv");
    assertTrue(s.header());
    assertEquals("error", s.saveMode());
    assertEquals(SaveMode.ErrorIfExists, s.sparkSaveMode());
    assertEquals("FAILFAST", s.parseMode());
    assertTrue(s.failOnMalformed());
    assertEquals(List.of(), s.partitionBy());
  }

  @Test
  void keysBecomeSparkOptionsAndExplicitOptionsWin() {
    FileSettings s =
        settings(
            FileFormat.CSV,
            "delimiter = \";\", header = false, options { SEP = \"|\", nullValue = NA, a.b = 1 }");
    assertEquals("|", s.options().get("sep"));
    assertEquals("NA", s.options().get("nullvalue"));
    assertEquals("1", s.options().get("a.b"));
    assertFalse(s.header());
  }

  @Test
  void sparksParseModeIsKeptApartFromTheOptions() {
    FileSettings s = settings(FileFormat.JSON, "options.mode = permissive, mode = Append");
    assertEquals("PERMISSIVE", s.parseMode());
    assertFalse(s.options().containsKey("mode"));
    assertFalse(s.failOnMalformed());
    assertEquals(SaveMode.Append, s.sparkSaveMode());
  }

  @Test
  void formatsWithoutParsingNeverGuardMalformedRecords() {
    assertFalse(settings(FileFormat.PARQUET, "").failOnMalformed());
  }
}
