package io.jsetl.connectors.delta;

import io.jsetl.connectors.ConnectorErrors;
import io.jsetl.connectors.internal.CommonKeys;
import io.jsetl.runtime.connect.ConfigProblem;
import io.jsetl.runtime.connect.ConnectorConfig;
import java.util.Arrays;
import java.util.Optional;
import org.apache.spark.sql.SparkSession;

/**
 * Whether Delta Lake can be used. jsetl-connectors does not bring Delta (each Delta release is
 * built for one Spark line, so the application picks it); the connector checks that its classes are
 * on the classpath and that the session runs its extension.
 */
final class DeltaLake {
  static final String EXTENSION = "io.delta.sql.DeltaSparkSessionExtension";

  /** What an application adds; the release jsetl is tested with ({@code delta.version}). */
  static final String ARTIFACT = "io.delta:delta-spark_2.13:4.3.1";

  private static final String SETTINGS =
      "spark.sql.extensions="
          + EXTENSION
          + " and spark.sql.catalog.spark_catalog=org.apache.spark.sql.delta.catalog.DeltaCatalog";

  private DeltaLake() {}

  /** Whether Delta's classes can be loaded, as Spark would load them. */
  static boolean onClasspath() {
    ClassLoader context = Thread.currentThread().getContextClassLoader();
    for (ClassLoader loader : new ClassLoader[] {context, DeltaLake.class.getClassLoader()}) {
      try {
        Class.forName(EXTENSION, false, loader);
        return true;
      } catch (ClassNotFoundException | LinkageError e) {
        // try the next loader
      }
    }
    return false;
  }

  /** The configuration problem of a Delta connector when Delta is not on the classpath. */
  static Optional<ConfigProblem> missing(ConnectorConfig config, boolean onClasspath) {
    if (onClasspath) {
      return Optional.empty();
    }
    return Optional.of(
        new ConfigProblem(
            config.name(),
            CommonKeys.STORAGE,
            "needs Delta Lake, which is not on the classpath. Add the dependency "
                + ARTIFACT
                + " (or the Delta release built for your Spark version) to the application,"
                + " and start Spark with "
                + SETTINGS
                + "."));
  }

  /**
   * @throws io.jsetl.connectors.ConnectorException when the session does not run Delta's extension
   */
  static void checkSession(SparkSession spark, DeltaSettings settings) {
    if (!runsExtension(spark.conf().get("spark.sql.extensions", ""))) {
      throw ConnectorErrors.deltaNotConfigured(settings.connector(), settings.where(), SETTINGS);
    }
  }

  /** Whether {@code spark.sql.extensions}, a comma-separated list of classes, holds Delta's. */
  static boolean runsExtension(String extensions) {
    return Arrays.stream(extensions.split(",")).map(String::strip).anyMatch(EXTENSION::equals);
  }
}
