package io.jsetl.examples.quickstart;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import io.jsetl.runtime.RunReport;
import java.util.Locale;

/**
 * README command 1: runs the quick-start pipeline on an embedded local Spark, prints its plan, its
 * run report and its results. Configuration comes from {@code quickstart.conf} on the classpath.
 */
public final class QuickStart {
  private QuickStart() {}

  public static void main(String[] args) {
    Config config = ConfigFactory.load("quickstart").withFallback(ConfigFactory.load());
    JsetlCitizenReport pipeline = JsetlCitizenReport.builder().config(config).build();

    System.out.println(pipeline.explain());
    RunReport report = pipeline.run();
    System.out.println(report);

    System.out.println("City stats (also written to the city_stats sink):");
    pipeline.cityStats().show(false);
    System.out.printf(Locale.ROOT, "Share of adults: %.1f%%%n", 100 * pipeline.adultShare());
    System.out.println();
    System.out.println(pipeline.mermaid());
  }
}
