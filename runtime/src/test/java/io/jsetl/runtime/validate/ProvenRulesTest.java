package io.jsetl.runtime.validate;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jsetl.dsl.OnFailure;
import io.jsetl.dsl.Rule;
import io.jsetl.dsl.RuleSet;
import io.jsetl.runtime.RuleFailure;
import io.jsetl.runtime.ValidationReport;
import io.jsetl.runtime.config.ValidationSettings;
import io.jsetl.runtime.testkit.TestSpark;
import io.jsetl.runtime.wiring.ValidationSpec;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Validation points over Parquet files: rules the footers prove are not evaluated per row and are
 * reported as proven; what they cannot prove (NaN, a value outside a dictionary, a null) is still
 * found row by row, with the same counts as without statistics.
 */
class ProvenRulesTest {
  record Item(long id, double price, String flag) {}

  private static final StructType SCHEMA =
      new StructType()
          .add("id", DataTypes.LongType, false)
          .add("price", DataTypes.DoubleType, true)
          .add("flag", DataTypes.StringType, true);

  private static final RuleSet<Item> RULES =
      RuleSet.of(
          Item.class,
          List.of("id", "price", "flag"),
          new Rule.NumberRange("price", 0, 0.1),
          new Rule.NotNull("flag"),
          new Rule.OneOf("flag", List.of("A", "N")));

  private final SparkSession spark = TestSpark.session();
  @TempDir Path dir;

  /** 1,000 items (enough rows for Parquet to keep its dictionaries), some made bad by SQL. */
  private String parquet(String price, String flag) {
    String path = dir.resolve("items").toString();
    spark
        .range(0, 1000, 1, 1)
        .selectExpr("id", "double(" + price + ") AS price", flag + " AS flag")
        .write()
        .parquet(path);
    return path;
  }

  private static Validations validations(int statisticsFiles) {
    return Validations.standalone(new ValidationSettings(OnFailure.REPORT, Duration.ofSeconds(30), statisticsFiles));
  }

  private ValidationReport validate(Validations validations, String target, Dataset<Row> data) {
    ValidationSpec spec = new ValidationSpec(OnFailure.REPORT, "", RULES);
    Dataset<Row> checked = validations.check("Items.load", target, spec, data);
    checked.write().format("noop").mode("overwrite").save();
    List<ValidationReport> reports = validations.reports();
    assertEquals(1, reports.size());
    return reports.get(0);
  }

  @Test
  void validParquetInputIsProvenFromItsFootersAndStillCounted() {
    String path = parquet("(id % 11) / 100.0", "IF(id % 2 = 0, 'A', 'N')");
    ValidationReport report =
        validate(validations(256), "input items", spark.read().schema(SCHEMA).parquet(path));
    assertTrue(report.passed(), report::toString);
    assertEquals(1000, report.totalRows());
    assertEquals(0, report.extraJobs());
    assertEquals(List.of("flag: notNull", "flag: oneOf[A, N]"), report.provenByStatistics());
  }

  @Test
  void whatTheFootersCannotProveIsFoundRowByRowWithTheSameCounts() {
    String path =
        parquet(
            "IF(id = 500, double('NaN'), 0.05)",
            "CASE WHEN id = 10 THEN 'Z' WHEN id = 20 THEN NULL ELSE 'A' END");
    ValidationReport withStatistics =
        validate(validations(256), "input items", spark.read().schema(SCHEMA).parquet(path));
    ValidationReport without =
        validate(validations(0), "input items", spark.read().schema(SCHEMA).parquet(path));
    assertEquals(List.of(), withStatistics.provenByStatistics());
    assertEquals(without.failures(), withStatistics.failures());
    assertEquals(
        List.of("price range[0..0.1] 1", "flag notNull 1", "flag oneOf[A, N] 1"),
        withStatistics.failures().stream()
            .map(f -> f.column() + " " + f.rule() + " " + f.failedRows())
            .toList());
  }

  @Test
  void anOutputThatPassesColumnsOfParquetFilesThroughIsProvenToo() {
    String path = parquet("IF(id = 7, 0.2, 0.05)", "IF(id % 2 = 0, 'A', 'N')");
    Dataset<Row> output =
        spark.read().schema(SCHEMA).parquet(path)
            .filter(col("id").gt(0))
            .select(col("id"), col("price").multiply(1).as("price"), col("flag"));
    ValidationReport report = validate(validations(256), Validations.OUTPUT, output);
    assertEquals(List.of("flag: notNull", "flag: oneOf[A, N]"), report.provenByStatistics());
    RuleFailure price = report.failures().get(0);
    assertEquals("price", price.column(), "a computed column is checked per row");
    assertEquals(1, price.failedRows());
  }
}
