package io.jsetl.benchmarks;

import static org.apache.spark.sql.functions.bit_or;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.shiftright;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import io.jsetl.benchmarks.tpch.LineItemData;
import io.jsetl.benchmarks.tpch.LineItem_;
import io.jsetl.benchmarks.tpch.Pricing;
import io.jsetl.dsl.OnFailure;
import io.jsetl.dsl.RuleSet;
import io.jsetl.runtime.ValidationReport;
import io.jsetl.runtime.config.ValidationSettings;
import io.jsetl.runtime.validate.Validations;
import io.jsetl.runtime.wiring.ValidationSpec;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Observation;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

/**
 * Where the time of validation goes: the hand-written job of {@link ValidationBenchmark} (read
 * lineitem, price, write Parquet) with parts of jsetl's validation added, so that each difference
 * is the cost of one part. An analysis tool, not what a user runs (that is {@link
 * ValidationBenchmark}): the engine's metric expressions are read from its internal {@code
 * CheckPlan} by reflection, so that they are exactly those the engine observes.
 *
 * <p>Each side observes either the input as read ({@code in}: as {@code @Validate} on an
 * {@code @Input} does) or the priced rows right before the write ({@code out}: as {@code @Validate}
 * on a {@code @Deliver} does; {@code PricedLineItem} keeps every column the rules read):
 *
 * <ul>
 *   <li>{@code count}: the row count alone, the cost of a {@code CollectMetrics} node;
 *   <li>{@code counts}: the engine's counts (rows, breaking rows, one count per rule), no samples;
 *   <li>{@code engine}: {@link Validations#check}, every metric of {@code @Validate(onFailure =
 *       REPORT)}: the counts and one {@code Samples} aggregate per rule;
 *   <li>{@code mask column}: a design the engine could use instead: the rules' verdicts computed
 *       as one bit-mask column <em>before</em> the observed metrics (so in Spark's generated code
 *       for the scan), observed as three aggregates of that column, then dropped; {@code +counts}
 *       also counts every rule from the mask in the same pass.
 * </ul>
 *
 * <p>Run: {@code mvn -q -pl benchmarks exec:exec -Dbench.heap=8g
 * -Dbench.main=io.jsetl.benchmarks.ValidationCostBreakdown -Dbench.args="scaleFactor warmup
 * iterations"} (defaults 0.5, 1, 5).
 */
public final class ValidationCostBreakdown {
  private static final Path ROOT = Path.of("target", "tpch");
  private static final String MASK = "jsetl_mask";

  private ValidationCostBreakdown() {}

  public static void main(String[] args) throws ReflectiveOperationException {
    Bench.Args a = Bench.Args.parse(args, 0.5, 1, 5);
    double scaleFactor = a.size();
    int warmup = a.warmup();
    int iterations = a.measured();

    SparkSession spark = Bench.session();
    LineItemData.Facts data = LineItemData.ensure(spark, ROOT, scaleFactor);
    String input = data.dir().toString();
    StructType schema = spark.read().schema(LineItem_.SCHEMA).parquet(input).schema();
    EngineMetrics engine = EngineMetrics.of(LineItem_.RULES, schema);

    Bench.Measure none = new Bench.Measure("no checks");
    List<Bench.Measure> parts = new ArrayList<>();
    List<Bench.Side> sides = new ArrayList<>();
    sides.add(new Bench.Side(none, () -> run(spark, input, d -> d, d -> d)));
    for (boolean onInput : new boolean[] {true, false}) {
      String at = onInput ? "in" : "out";
      addSide(sides, parts, at + " count", spark, input, onInput, observed(List.of(count(lit(1)))));
      addSide(sides, parts, at + " counts", spark, input, onInput, observed(engine.counts()));
      Bench.Measure full = new Bench.Measure(at + " engine");
      parts.add(full);
      sides.add(new Bench.Side(full, () -> viaEngine(spark, input, onInput)));
      addSide(sides, parts, at + " mask column", spark, input, onInput, engine::maskColumn);
    }
    addSide(sides, parts, "in mask column+counts", spark, input, true, engine::maskColumnCounts);
    Bench.alternate(warmup, iterations, sides, Bench.TaskCpu.on(spark));
    Bench.printOverheads(
        String.format(
            Locale.ROOT,
            "validation parts, lineitem sf %s (%,d rows), %d rules, local[2]",
            scaleFactor,
            data.rows(),
            LineItem_.RULES.rules().size()),
        none,
        parts);
  }

  private static void addSide(
      List<Bench.Side> sides,
      List<Bench.Measure> parts,
      String name,
      SparkSession spark,
      String input,
      boolean onInput,
      UnaryOperator<Dataset<Row>> checks) {
    Bench.Measure m = new Bench.Measure(name);
    parts.add(m);
    UnaryOperator<Dataset<Row>> none = d -> d;
    sides.add(
        new Bench.Side(
            m, () -> run(spark, input, onInput ? checks : none, onInput ? none : checks)));
  }

  /** Reads, checks the input, prices, checks the output, writes (every side to one directory). */
  private static void run(
      SparkSession spark,
      String input,
      UnaryOperator<Dataset<Row>> onInput,
      UnaryOperator<Dataset<Row>> onOutput) {
    Dataset<Row> items = onInput.apply(spark.read().schema(LineItem_.SCHEMA).parquet(input));
    onOutput
        .apply(Pricing.apply(items))
        .write()
        .mode(SaveMode.Overwrite)
        .parquet(ROOT.resolve("out").resolve("breakdown").toString());
  }

  private static UnaryOperator<Dataset<Row>> observed(List<Column> metrics) {
    return d ->
        d.observe(
            new Observation(),
            metrics.get(0),
            metrics.subList(1, metrics.size()).toArray(Column[]::new));
  }

  /**
   * The engine as a pipeline uses it: the data wrapped by {@link Validations#check}, written, then
   * the report, which waits for the write job's metrics.
   */
  private static void viaEngine(SparkSession spark, String input, boolean onInput) {
    Validations validations =
        // File statistics off: this breakdown measures what evaluating the rules costs.
        Validations.standalone(new ValidationSettings(OnFailure.REPORT, Duration.ofSeconds(30), 0));
    ValidationSpec spec = new ValidationSpec(OnFailure.REPORT, "", LineItem_.RULES);
    UnaryOperator<Dataset<Row>> check = d -> validations.check("breakdown", "items", spec, d);
    UnaryOperator<Dataset<Row>> none = d -> d;
    run(spark, input, onInput ? check : none, onInput ? none : check);
    List<ValidationReport> reports = validations.reports();
    if (reports.size() != 1 || !reports.get(0).passed() || reports.get(0).extraJobs() != 0) {
      throw new IllegalStateException("unexpected validation reports: " + reports);
    }
  }

  /**
   * The metric expressions of the engine's {@code CheckPlan} for a rule set, read by reflection
   * (the class is internal to the runtime): in its order, the row count, the breaking-row count,
   * then per row check its count and its {@code Samples} aggregate.
   */
  private record EngineMetrics(List<Column> all, List<Column> breaks) {
    static EngineMetrics of(RuleSet<?> rules, StructType schema) throws ReflectiveOperationException {
      Class<?> planType = Class.forName("io.jsetl.runtime.validate.CheckPlan");
      Class<?> statisticsType = Class.forName("io.jsetl.runtime.validate.FileStatistics");
      Field none = statisticsType.getDeclaredField("NONE");
      none.setAccessible(true);
      Method of =
          planType.getDeclaredMethod(
              "of", RuleSet.class, StructType.class, String.class, Function.class, statisticsType);
      of.setAccessible(true);
      Function<Object, Object> noDeliverables =
          k -> {
            throw new IllegalStateException("no keysIn check in this benchmark");
          };
      Object plan = of.invoke(null, rules, schema, "breakdown", noDeliverables, none.get(null));
      Method metrics = planType.getDeclaredMethod("metrics");
      metrics.setAccessible(true);
      @SuppressWarnings("unchecked")
      List<Column> all = (List<Column>) metrics.invoke(plan);
      Field rowsField = planType.getDeclaredField("rows");
      rowsField.setAccessible(true);
      List<Column> breaks = new ArrayList<>();
      for (Object rowCheck : (List<?>) rowsField.get(plan)) {
        Method m = rowCheck.getClass().getDeclaredMethod("breaks");
        m.setAccessible(true);
        breaks.add((Column) m.invoke(rowCheck));
      }
      return new EngineMetrics(all, breaks);
    }

    /** Row count, breaking rows, and per rule its count: the engine's metrics minus samples. */
    List<Column> counts() {
      List<Column> m = new ArrayList<>(all.subList(0, 2));
      for (int i = 0; i < breaks.size(); i++) {
        m.add(all.get(2 + 2 * i));
      }
      return m;
    }

    /**
     * The rules' verdicts as one column computed before the metrics ({@code jsetl_mask}, bit i set
     * when the row breaks rule i), observed by three cheap aggregates (rows, rows that break
     * something, the OR of the masks: which rules broke), then dropped. What a two-phase design
     * would run on every pass: per-rule counts and samples only when {@code broken != 0}.
     */
    Dataset<Row> maskColumn(Dataset<Row> d) {
      Column mask = col(MASK);
      return d.withColumn(MASK, mask())
          .observe(
              new Observation(),
              count(lit(1)).as("n"),
              sum(when(mask.notEqual(0L), 1L).otherwise(0L)).as("x"),
              bit_or(mask).as("broken"))
          .drop(MASK);
    }

    /** As {@link #maskColumn}, with every rule's count taken from the mask in the same pass. */
    Dataset<Row> maskColumnCounts(Dataset<Row> d) {
      Column mask = col(MASK);
      List<Column> metrics = new ArrayList<>();
      metrics.add(sum(when(mask.notEqual(0L), 1L).otherwise(0L)).as("x"));
      for (int i = 0; i < breaks.size(); i++) {
        metrics.add(sum(shiftright(mask, i).bitwiseAND(lit(1L))).as("b" + i));
      }
      return d.withColumn(MASK, mask())
          .observe(new Observation(), count(lit(1)).as("n"), metrics.toArray(Column[]::new))
          .drop(MASK);
    }

    private Column mask() {
      if (breaks.size() > 63) {
        throw new IllegalStateException("one long holds the bits of 63 rules");
      }
      Column mask = lit(0L);
      for (int i = 0; i < breaks.size(); i++) {
        mask = mask.bitwiseOR(when(breaks.get(i), lit(1L << i)).otherwise(lit(0L)));
      }
      return mask;
    }
  }
}
