package io.jsetl.runtime.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigFactory;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SparkOptionsTest {
  private static Config withReference(String hocon) {
    return ConfigFactory.parseString(hocon).withFallback(ConfigFactory.defaultReference()).resolve();
  }

  @Test
  void bothSpellingsOfAKeyReachTheSameSparkOption() {
    Config section =
        ConfigFactory.parseString(
            """
            master = "local[3]"
            app-name = ignored
            sql.shuffle.partitions = 8
            "spark.sql.session.timeZone" = UTC
            spark.ui.enabled = false
            jars = [a.jar, b.jar]
            """);

    assertEquals(
        Map.of(
            "spark.sql.shuffle.partitions", "8",
            "spark.sql.session.timeZone", "UTC",
            "spark.ui.enabled", "false",
            "spark.jars", "a.jar,b.jar"),
        SparkOptions.passThrough(section));
  }

  @Test
  void theSameOptionSetTwiceIsAnErrorNamingBothPaths() {
    Config section =
        ConfigFactory.parseString("sql.shuffle.partitions = 8\n\"spark.sql.shuffle.partitions\" = 4");

    ConfigException e = assertThrows(ConfigException.class, () -> SparkOptions.passThrough(section));

    assertEquals(
        "Spark option spark.sql.shuffle.partitions is set twice, at"
            + " jsetl.spark.\"spark.sql.shuffle.partitions\" and jsetl.spark.sql.shuffle.partitions;"
            + " keep one.",
        e.getMessage());
  }

  @Test
  void aNewSessionGetsFairSchedulingTheConfiguredMasterAndThePipelineName() {
    Map<String, String> options =
        SparkOptions.forNewSession(withReference("jsetl.spark.sql.shuffle.partitions = 3"), "Report", Map.of());

    assertEquals(
        Map.of(
            "spark.master", "local[*]",
            "spark.app.name", "Report",
            "spark.scheduler.mode", "FAIR",
            "spark.sql.shuffle.partitions", "3"),
        options);
  }

  @Test
  void explicitChoicesWin() {
    Config config =
        withReference(
            """
            jsetl.spark { master = "local[2]", app-name = nightly, scheduler.mode = FIFO }
            """);

    Map<String, String> options = SparkOptions.forNewSession(config, "Report", Map.of());

    assertEquals(
        Map.of("spark.master", "local[2]", "spark.app.name", "nightly", "spark.scheduler.mode", "FIFO"),
        options);
  }

  @Test
  void spark_submitsMasterAndAppNameWin() {
    Config config = withReference("jsetl.spark { master = \"local[2]\", \"spark.master\" = \"local[4]\" }");

    Map<String, String> options =
        SparkOptions.forNewSession(
            config, "Report", Map.of("spark.master", "yarn", "spark.app.name", "submitted"));

    assertEquals(Map.of("spark.scheduler.mode", "FAIR"), options);
  }
}
