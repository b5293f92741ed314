package io.jsetl.examples.quickstart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigFactory;
import io.jsetl.runtime.testkit.TestSpark;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

/**
 * The generated pipeline with the real connector providers: every connector problem is reported in
 * one exception, naming the connector and the key, before any Spark job starts.
 */
class QuickStartConfigTest {

  @Test
  void everyConnectorProblemIsReportedTogetherBeforeAnyJob() throws Exception {
    SparkSession spark = TestSpark.session();
    AtomicInteger jobs = new AtomicInteger();
    SparkListener counter =
        new SparkListener() {
          @Override
          public void onJobStart(SparkListenerJobStart jobStart) {
            jobs.incrementAndGet();
          }
        };
    Config broken =
        ConfigFactory.parseString(
            "jsetl.connectors {\n"
                + "  citizens_csv { storage = csv, header = maybe }\n" // no path, bad boolean
                + "  city_stats { storage = excel, path = out }\n" // unknown storage
                + "  rejected_citizens { storage = json, path = rejected }\n"
                + "}");
    spark.sparkContext().addSparkListener(counter);
    try {
      JsetlCitizenReport pipeline =
          JsetlCitizenReport.builder().spark(spark).config(broken).build();
      ConfigException e = assertThrows(ConfigException.class, pipeline::run);
      String message = e.getMessage();
      assertTrue(message.contains("cannot start"), message);
      assertTrue(message.contains("jsetl.connectors.citizens_csv.path"), message);
      assertTrue(message.contains("jsetl.connectors.citizens_csv.header"), message);
      assertTrue(message.contains("jsetl.connectors.city_stats.storage"), message);
      assertTrue(message.contains("csv"), "lists the known storages: " + message);
      assertTrue(message.contains("3 connector problems"), message);
      // Listener events are delivered asynchronously; flush them before counting.
      spark.sparkContext().listenerBus().waitUntilEmpty();
      assertEquals(0, jobs.get(), "no Spark job may start before the connectors are checked");
    } finally {
      spark.sparkContext().removeSparkListener(counter);
    }
  }

  @Test
  void anUnconfiguredConnectorIsNamedWithWhoNeedsIt() {
    JsetlCitizenReport pipeline =
        JsetlCitizenReport.builder()
            .spark(TestSpark.session())
            .config(ConfigFactory.parseString("jsetl.connectors {}"))
            .build();
    ConfigException e = assertThrows(ConfigException.class, pipeline::run);
    assertTrue(e.getMessage().contains("jsetl.connectors.citizens_csv: not configured"), e.getMessage());
    assertTrue(e.getMessage().contains("jsetl.connectors.city_stats: not configured"), e.getMessage());
    assertTrue(
        e.getMessage()
            .contains(
                "jsetl.connectors.rejected_citizens: not configured, but written with the rows"
                    + " rejected by CitizenFactories.citizens"),
        e.getMessage());
  }
}
