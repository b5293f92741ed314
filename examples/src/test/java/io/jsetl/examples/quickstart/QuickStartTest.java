package io.jsetl.examples.quickstart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigValueFactory;
import io.jsetl.runtime.NodeReport;
import io.jsetl.runtime.NodeStatus;
import io.jsetl.runtime.RunReport;
import io.jsetl.runtime.testkit.TestSpark;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The quick start end to end: the generated pipeline against an independent plain-Java answer. */
class QuickStartTest {
  private static final Path CSV = Path.of("data/citizens.csv");

  @TempDir Path out;

  @Test
  void quickStartComputesTheSameAnswerAsPlainJavaAndWritesTheSink() throws IOException {
    SparkSession spark = TestSpark.session();
    Path sink = out.resolve("city_stats");
    Config config =
        ConfigFactory.load("quickstart")
            .withValue(
                "jsetl.connectors.city_stats.path", ConfigValueFactory.fromAnyRef(sink.toString()));

    JsetlCitizenReport pipeline = JsetlCitizenReport.builder().spark(spark).config(config).build();
    RunReport report = pipeline.run();

    List<String[]> rows =
        Files.readAllLines(CSV).stream().skip(1).map(l -> l.split(",", -1)).toList();
    Map<String, long[]> expected = new TreeMap<>();
    long adults = 0;
    for (String[] r : rows) {
      int age = Integer.parseInt(r[1]);
      if (age >= 18) {
        adults++;
        long[] acc = expected.computeIfAbsent(r[2], k -> new long[2]);
        acc[0]++;
        acc[1] += age;
      }
    }

    List<CityStats> stats = pipeline.cityStats().collectAsList();
    assertEquals(expected.keySet(), stats.stream().map(CityStats::city).collect(Collectors.toSet()));
    for (CityStats s : stats) {
      long[] acc = expected.get(s.city());
      assertEquals(acc[0], s.citizens(), s.city());
      assertEquals((double) acc[1] / acc[0], s.meanAge(), 1e-9, s.city());
    }
    assertEquals((double) adults / rows.size(), pipeline.adultShare(), 1e-12);

    List<CityStats> written =
        spark.read().schema(CityStats_.SCHEMA).parquet(sink.toString()).as(CityStats_.ENCODER)
            .collectAsList();
    assertEquals(
        stats.stream().sorted(java.util.Comparator.comparing(CityStats::city)).toList(),
        written.stream().sorted(java.util.Comparator.comparing(CityStats::city)).toList());

    assertEquals(
        List.of(
            "CitizenFactories.adultShare",
            "CitizenFactories.adults",
            "CitizenFactories.cityStats",
            "CitizenFactories.minors"),
        report.nodes().stream()
            .filter(n -> n.name().startsWith("CitizenFactories."))
            .map(NodeReport::name)
            .sorted()
            .toList());
    assertTrue(
        report.nodes().stream()
            .filter(n -> n.name().startsWith("CitizenFactories."))
            .allMatch(n -> n.status() == NodeStatus.SUCCEEDED),
        report::toString);
  }

  @Test
  void explainAndDiagramsShowTheDiamond() {
    JsetlCitizenReport pipeline =
        JsetlCitizenReport.builder()
            .spark(TestSpark.session())
            .config(ConfigFactory.load("quickstart"))
            .build();
    String plan = pipeline.explain();
    for (String node : List.of("adults", "minors", "cityStats", "adultShare", "citizens_csv", "city_stats")) {
      assertTrue(plan.contains(node), () -> node + " missing from plan:\n" + plan);
      assertTrue(pipeline.mermaid().contains(node), () -> node + " missing from mermaid");
      assertTrue(pipeline.dot().contains(node), () -> node + " missing from dot");
    }
    // The CSV feeds adults and minors, and adults feeds cityStats and adultShare: without
    // caching, Spark would read the CSV once per action.
    assertTrue(
        plan.contains(
            """
            Caching (jsetl.cache = auto, MEMORY_AND_DISK):
              cached: source:citizens_csv — feeds CitizenFactories.adults, CitizenFactories.minors
              cached: CitizenFactories.adults — feeds CitizenFactories.adultShare, CitizenFactories.cityStats
            """),
        plan);
  }
}
