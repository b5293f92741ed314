package io.jsetl.examples.quickstart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigValueFactory;
import io.jsetl.runtime.NodeReport;
import io.jsetl.runtime.NodeStatus;
import io.jsetl.runtime.RunReport;
import io.jsetl.runtime.ValidationReport;
import io.jsetl.runtime.testkit.TestSpark;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
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
    Path rejected = out.resolve("rejected");
    Config config =
        ConfigFactory.load("quickstart")
            .withValue(
                "jsetl.connectors.city_stats.path", ConfigValueFactory.fromAnyRef(sink.toString()))
            .withValue(
                "jsetl.connectors.rejected_citizens.path",
                ConfigValueFactory.fromAnyRef(rejected.toString()));

    JsetlCitizenReport pipeline = JsetlCitizenReport.builder().spark(spark).config(config).build();
    RunReport report = pipeline.run();

    // The plain-Java answer: the same rules, checked by the generated Java backend.
    List<String[]> all =
        Files.readAllLines(CSV).stream().skip(1).map(l -> l.split(",", -1)).toList();
    List<String[]> rows =
        all.stream().filter(r -> Citizen_.violations(citizen(r)).isEmpty()).toList();
    assertEquals(3, all.size() - rows.size(), "the CSV holds three invalid rows");
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

    // DROP: the invalid rows went to the quarantine, each with its reasons; none was lost.
    Dataset<Row> quarantined = spark.read().json(rejected.toString());
    assertEquals(
        Map.of(
            "  ", List.of("name: notBlank"),
            "Old Timer", List.of("age: range[0..150]"),
            "Bad Mail", List.of("email: pattern[^[^@]+@[^@]+\\.[^@]+$]")),
        quarantined.collectAsList().stream()
            .collect(Collectors.toMap(r -> r.getAs("name"), r -> r.getList(r.fieldIndex("jsetl_errors")))));
    ValidationReport input = report.validations().get(0);
    assertEquals("input from citizens_csv", input.target());
    assertEquals(all.size(), input.totalRows());
    assertEquals(3, input.droppedRows());
    ValidationReport output = report.validations().get(1);
    assertEquals("CitizenFactories.cityStats", output.node());
    assertTrue(output.passed(), output::toString);

    assertEquals(
        List.of(
            "CitizenFactories.adultShare",
            "CitizenFactories.adults",
            "CitizenFactories.citizens",
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

  private static Citizen citizen(String[] r) {
    return new Citizen(r[0], Integer.parseInt(r[1]), r[2], r[3].isEmpty() ? null : r[3]);
  }

  @Test
  void explainAndDiagramsShowTheDiamond() {
    JsetlCitizenReport pipeline =
        JsetlCitizenReport.builder()
            .spark(TestSpark.session())
            .config(ConfigFactory.load("quickstart"))
            .build();
    String plan = pipeline.explain();
    List<String> names =
        List.of(
            "adults", "minors", "cityStats", "adultShare", "citizens_csv", "city_stats",
            "rejected_citizens");
    for (String node : names) {
      assertTrue(plan.contains(node), () -> node + " missing from plan:\n" + plan);
      assertTrue(pipeline.mermaid().contains(node), () -> node + " missing from mermaid");
      assertTrue(pipeline.dot().contains(node), () -> node + " missing from dot");
    }
    assertTrue(pipeline.mermaid().contains("-.->|\"rejected rows\"|"), pipeline::mermaid);
    // The CSV feeds adults and minors, and adults feeds cityStats and adultShare: without
    // caching, Spark would read the CSV once per action.
    assertTrue(
        plan.contains(
            """
            Caching (jsetl.cache = auto, MEMORY_AND_DISK):
              cached: CitizenFactories.citizens — feeds CitizenFactories.adults, CitizenFactories.minors
              cached: CitizenFactories.adults — feeds CitizenFactories.adultShare, CitizenFactories.cityStats
            """),
        plan);
  }
}
