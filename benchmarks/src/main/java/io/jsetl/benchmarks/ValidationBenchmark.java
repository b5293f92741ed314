package io.jsetl.benchmarks;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import io.jsetl.benchmarks.tpch.CountPerRule;
import io.jsetl.benchmarks.tpch.JsetlOutputValidatedLineItems;
import io.jsetl.benchmarks.tpch.JsetlPlainLineItems;
import io.jsetl.benchmarks.tpch.JsetlValidatedLineItems;
import io.jsetl.benchmarks.tpch.LineItemData;
import io.jsetl.benchmarks.tpch.LineItem_;
import io.jsetl.benchmarks.tpch.Pricing;
import io.jsetl.runtime.RunReport;
import io.jsetl.runtime.ValidationReport;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * What validation costs: TPC-H {@code lineitem} read from Parquet, priced ({@link Pricing}) and
 * written back as Parquet, four ways in one JVM and one session, in rotating order:
 *
 * <ol>
 *   <li>jsetl with {@code @Validate(onFailure = REPORT)} on the input: {@code LineItem_.RULES} (18
 *       rules) fused into the write job;
 *   <li>hand-written Spark, no checks: the baseline;
 *   <li>hand-written Spark with one {@code count()} job per rule ({@link CountPerRule}) before the
 *       write;
 *   <li>jsetl without {@code @Validate}: what the framework costs apart from the checks.
 * </ol>
 *
 * <p>Run: {@code mvn -q -pl benchmarks exec:exec -Dbench.heap=8g
 * -Dbench.main=io.jsetl.benchmarks.ValidationBenchmark -Dbench.args="scaleFactor warmup
 * iterations"} (defaults 2, 1, 6). The data is generated once into {@code
 * benchmarks/target/tpch/lineitem-sf<N>}.
 */
public final class ValidationBenchmark {
  private static final Path ROOT = Path.of("target", "tpch");

  private ValidationBenchmark() {}

  public static void main(String[] args) {
    Bench.Args a = Bench.Args.parse(args, 2, 1, 6);
    double scaleFactor = a.size();
    int warmup = a.warmup();
    int iterations = a.measured();

    SparkSession spark = Bench.session();
    LineItemData.Facts data = LineItemData.ensure(spark, ROOT, scaleFactor);
    System.out.printf(
        Locale.ROOT,
        "lineitem sf %s: %,d rows, %,d bytes as dbgen text (lineitem.tbl), %,d bytes of Parquet%n",
        scaleFactor,
        data.rows(),
        data.tblBytes(),
        data.parquetBytes());
    System.out.printf(
        Locale.ROOT,
        "cores %d, max heap %,d MiB, Java %s, Spark %s%n",
        Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() >> 20,
        System.getProperty("java.version"),
        spark.version());

    // What jsetl plans to do (validated input, nothing cached), once.
    System.out.println(
        JsetlValidatedLineItems.builder()
            .spark(spark)
            .config(config(data.dir().toString(), output("validated")))
            .build()
            .explain());

    Bench.Measure validated = new Bench.Measure("jsetl @Validate(REPORT)");
    Bench.Measure onOutput = new Bench.Measure("jsetl @Validate(REPORT) output");
    Bench.Measure plain = new Bench.Measure("jsetl, no @Validate");
    Bench.Measure hand = new Bench.Measure("hand-written, no checks");
    Bench.Measure counts = new Bench.Measure("hand-written, count/rule");
    String input = data.dir().toString();
    Bench.TaskCpu cpu = Bench.TaskCpu.on(spark);
    Bench.alternate(
        warmup,
        iterations,
        List.of(
            new Bench.Side(validated, () -> viaJsetl(spark, input, Checked.INPUT, data.rows())),
            new Bench.Side(hand, () -> byHand(spark, input, "hand", false)),
            new Bench.Side(counts, () -> byHand(spark, input, "counts", true)),
            new Bench.Side(onOutput, () -> viaJsetl(spark, input, Checked.OUTPUT, data.rows())),
            new Bench.Side(plain, () -> viaJsetl(spark, input, Checked.NOTHING, data.rows()))),
        cpu);
    Bench.printOverheads(
        String.format(
            Locale.ROOT,
            "read lineitem sf %s (%,d rows) -> price -> write Parquet, local[2]",
            scaleFactor,
            data.rows()),
        hand,
        List.of(validated, onOutput, counts, plain));
  }

  /** Where the jsetl side checks the 18 rules. */
  private enum Checked {
    /** {@code @Validate} on the {@code @Input}: every row read. */
    INPUT,
    /** {@code @Validate} on the {@code @Deliver}: every row written, before the write. */
    OUTPUT,
    /** No {@code @Validate}: what the framework costs. */
    NOTHING
  }

  private static void viaJsetl(SparkSession spark, String input, Checked checked, long rows) {
    Config config = config(input, output(checked.name().toLowerCase(Locale.ROOT)));
    RunReport report =
        switch (checked) {
          case INPUT -> JsetlValidatedLineItems.builder().spark(spark).config(config).build().run();
          case OUTPUT ->
              JsetlOutputValidatedLineItems.builder().spark(spark).config(config).build().run();
          case NOTHING -> JsetlPlainLineItems.builder().spark(spark).config(config).build().run();
        };
    List<ValidationReport> checks = report.validations();
    // The data is valid: every rule passes, over every row read (input) or written (output, after
    // the shipDate filter), within the write job.
    boolean expected =
        checked == Checked.NOTHING
            ? checks.isEmpty()
            : checks.size() == 1
                && checks.get(0).passed()
                && (checked == Checked.INPUT
                    ? checks.get(0).totalRows() == rows
                    : checks.get(0).totalRows() > 0)
                && checks.get(0).extraJobs() == 0;
    if (!expected) {
      throw new IllegalStateException("unexpected validation reports: " + checks);
    }
  }

  private static void byHand(SparkSession spark, String input, String name, boolean countPerRule) {
    Dataset<Row> items = spark.read().schema(LineItem_.SCHEMA).parquet(input);
    if (countPerRule) {
      Map<String, Long> broken = CountPerRule.run(items);
      if (!broken.isEmpty()) {
        throw new IllegalStateException("valid data breaks rules: " + broken);
      }
    }
    Pricing.apply(items).write().mode(SaveMode.Overwrite).parquet(output(name));
  }

  private static String output(String name) {
    return ROOT.resolve("out").resolve(name).toString();
  }

  /** The pipelines' connectors: the generated Parquet in, the variant's own directory out. */
  private static Config config(String input, String output) {
    return ConfigFactory.parseString(
            "jsetl.progress = false\n"
                + "jsetl.connectors.lineitem { storage = parquet, path = \""
                + input
                + "\" }\n"
                + "jsetl.connectors.out { storage = parquet, path = \""
                + output
                + "\", mode = overwrite }\n")
        .withFallback(ConfigFactory.load());
  }
}
