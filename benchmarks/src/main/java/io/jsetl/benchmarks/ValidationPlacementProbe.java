package io.jsetl.benchmarks;

import io.jsetl.benchmarks.tpch.LineItemData;
import io.jsetl.benchmarks.tpch.LineItem_;
import io.jsetl.benchmarks.tpch.Pricing;
import io.jsetl.benchmarks.tpch.PricedLineItem_;
import io.jsetl.dsl.OnFailure;
import io.jsetl.runtime.ValidationReport;
import io.jsetl.runtime.config.ValidationSettings;
import io.jsetl.runtime.validate.Validations;
import io.jsetl.runtime.wiring.ValidationSpec;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.jspecify.annotations.Nullable;

/**
 * The cost of the validation engine alone, input side against output side, without a pipeline:
 * the hand-written read → price → write job, with {@link Validations#check} (REPORT, the 18 rules,
 * file statistics on) on the rows read or on the priced rows, and the plain job with Parquet filter
 * pushdown on and off (the input-side verdict, being nondeterministic, keeps Pricing's date filter
 * out of the scan). Arguments: scale factor, warm-up rounds, measured rounds.
 */
public final class ValidationPlacementProbe {
  private static final Path ROOT = Path.of("target", "tpch");

  private ValidationPlacementProbe() {}

  public static void main(String[] args) {
    Bench.Args a = Bench.Args.parse(args, 2, 1, 4);
    double scaleFactor = a.size();
    int warmup = a.warmup();
    int measured = a.measured();
    SparkSession spark = Bench.session();
    String input = LineItemData.ensure(spark, ROOT, scaleFactor).dir().toString();
    Bench.TaskCpu cpu = Bench.TaskCpu.on(spark);
    Bench.Measure plain = new Bench.Measure("no checks");
    Bench.Measure noPushdown = new Bench.Measure("no checks, no pushdown");
    Bench.Measure onInput = new Bench.Measure("engine on the input");
    Bench.Measure onOutput = new Bench.Measure("engine on the output");
    Bench.alternate(
        warmup,
        measured,
        List.of(
            new Bench.Side(plain, () -> run(spark, input, true, Function.identity(), Function.identity())),
            new Bench.Side(noPushdown, () -> run(spark, input, false, Function.identity(), Function.identity())),
            new Bench.Side(onInput, () -> run(spark, input, true, ValidationPlacementProbe::onInput, Function.identity())),
            new Bench.Side(onOutput, () -> run(spark, input, true, Function.identity(), ValidationPlacementProbe::onOutput))),
        cpu);
    Bench.printOverheads("validation engine alone, sf " + scaleFactor, plain, List.of(noPushdown, onInput, onOutput));
  }

  /** The validation points of the run under way, checked after its write. */
  private static @Nullable Validations current;

  private static Dataset<Row> onInput(Dataset<Row> items) {
    current = Validations.standalone(settings());
    return current.check("probe", "input lineitem", new ValidationSpec(OnFailure.REPORT, "", LineItem_.RULES), items);
  }

  private static Dataset<Row> onOutput(Dataset<Row> priced) {
    current = Validations.standalone(settings());
    return current.check("probe", Validations.OUTPUT, new ValidationSpec(OnFailure.REPORT, "", PricedLineItem_.RULES), priced);
  }

  private static ValidationSettings settings() {
    return new ValidationSettings(OnFailure.REPORT, Duration.ofSeconds(30), 256);
  }

  private static void run(
      SparkSession spark,
      String input,
      boolean pushdown,
      Function<Dataset<Row>, Dataset<Row>> beforePricing,
      Function<Dataset<Row>, Dataset<Row>> afterPricing) {
    spark.conf().set("spark.sql.parquet.filterPushdown", String.valueOf(pushdown));
    Dataset<Row> items = spark.read().schema(LineItem_.SCHEMA).parquet(input);
    afterPricing.apply(Pricing.apply(beforePricing.apply(items)))
        .write()
        .mode(SaveMode.Overwrite)
        .parquet(ROOT.resolve("out").resolve("probe").toString());
    spark.conf().unset("spark.sql.parquet.filterPushdown");
    if (current != null) {
      // Valid data: the report passes, 14 of the 18 rules proven by the footers, no extra job.
      List<ValidationReport> reports = current.reports();
      current = null;
      if (reports.size() != 1
          || !reports.get(0).passed()
          || reports.get(0).provenByStatistics().size() != 14
          || reports.get(0).extraJobs() != 0) {
        throw new IllegalStateException("unexpected validation reports: " + reports);
      }
    }
  }
}
