package io.jsetl.connectors.delta;

import static io.jsetl.connectors.TestConnectors.check;
import static io.jsetl.connectors.TestConnectors.config;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jsetl.runtime.connect.ConfigProblem;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Configuration checks of Delta connectors: no Spark, no files. */
class DeltaConfigCheckTest {
  @Test
  void everyKeyIsValid() {
    assertEquals(
        List.of(),
        check(
            "out",
            "storage = delta, path = out/x, mode = overwrite, partition-by = [city],"
                + " merge-schema = true, options { overwriteSchema = true }"));
    assertEquals(List.of(), check("out", "storage = delta, table = sales.city_stats"));
  }

  @Test
  void aTableIsAPathOrACatalogNameNotBoth() {
    assertEquals(
        List.of(
            new ConfigProblem(
                "out",
                "table",
                "cannot be set together with path: a Delta connector is either a table in a"
                    + " directory (path) or a table of Spark's catalog (table). Remove one of"
                    + " them.")),
        check("out", "storage = delta, path = out/x, table = x"));
    assertEquals(
        "jsetl.connectors.out.path: is required unless table is set. Set path ="
            + " \"out/city_stats\" for a Delta table in a directory, or table = sales.city_stats"
            + " for a table of Spark's catalog.",
        check("out", "storage = delta").get(0).describe());
  }

  @Test
  void anUnknownKeyListsTheKeysOfDelta() {
    ConfigProblem p = check("out", "storage = delta, path = p, merge-shema = true").get(0);
    assertEquals("merge-shema", p.key());
    assertEquals(
        "is not a key of a delta connector; did you mean 'merge-schema'? Known keys: merge-schema,"
            + " mode, options, partition-by, path, storage, table.",
        p.message());
  }

  @Test
  void valuesOfTheWrongKindAreProblems() {
    List<String> keys =
        check("out", "storage = delta, path = p, mode = upsert, merge-schema = maybe").stream()
            .map(ConfigProblem::key)
            .toList();
    assertEquals(List.of("mode", "merge-schema"), keys);
  }

  @Test
  void withoutDeltaOnTheClasspathTheCheckSaysWhichDependencyToAdd() {
    List<ConfigProblem> problems =
        new DeltaProvider(() -> false).check(config("out", "storage = delta, path = p"));

    assertEquals(
        List.of(
            new ConfigProblem(
                "out",
                "storage",
                "needs Delta Lake, which is not on the classpath. Add the dependency"
                    + " io.delta:delta-spark_2.13:4.3.1 (or the Delta release built for your"
                    + " Spark version) to the application, and start Spark with"
                    + " spark.sql.extensions=io.delta.sql.DeltaSparkSessionExtension and"
                    + " spark.sql.catalog.spark_catalog="
                    + "org.apache.spark.sql.delta.catalog.DeltaCatalog.")),
        problems);
  }

  @Test
  void theDependencyNamedIsTheDeltaReleaseTestedWith() {
    assertTrue(DeltaLake.onClasspath());
    assertEquals(
        "io.delta:delta-spark_2.13:" + io.delta.package$.MODULE$.VERSION(), DeltaLake.ARTIFACT);
  }

  @Test
  void theSessionMustRunDeltasExtension() {
    assertTrue(DeltaLake.runsExtension("io.delta.sql.DeltaSparkSessionExtension"));
    assertTrue(DeltaLake.runsExtension("com.acme.Ext, io.delta.sql.DeltaSparkSessionExtension"));
    assertFalse(DeltaLake.runsExtension(""));
    assertFalse(DeltaLake.runsExtension("com.acme.Ext"));
  }
}
