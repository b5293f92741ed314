package io.jsetl.connectors.delta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jsetl.connectors.Citizen;
import io.jsetl.connectors.TestConnectors;
import io.jsetl.dsl.OnFailure;
import io.jsetl.dsl.Rule;
import io.jsetl.dsl.RuleSet;
import io.jsetl.runtime.ValidationReport;
import io.jsetl.runtime.config.ValidationSettings;
import io.jsetl.runtime.connect.Connector;
import io.jsetl.runtime.testkit.TestSpark;
import io.jsetl.runtime.validate.Validations;
import io.jsetl.runtime.wiring.ValidationSpec;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A validated read of a Delta table through its connector: the table's Parquet files prove rules
 * from their footers, across commits, and a row that breaks a rule in a later commit is still found.
 */
class DeltaProvenRulesTest {
  private static final RuleSet<Citizen> RULES =
      RuleSet.of(
          Citizen.class,
          List.of("name", "age", "city", "born"),
          new Rule.NotNull("name"),
          new Rule.NumberRange("age", 0, 150),
          new Rule.OneOf("city", List.of("Lyon", "Oslo")),
          new Rule.TemporalRange("born", "1900-01-01", "2020-12-31"));

  private final SparkSession spark = TestSpark.session();
  @TempDir Path dir;

  private ValidationReport validate(Connector table) {
    Validations validations =
        Validations.standalone(new ValidationSettings(OnFailure.REPORT, Duration.ofSeconds(30), 256));
    Dataset<Citizen> read = table.read(spark, Citizen.class, Citizen.ENCODER);
    Dataset<Citizen> checked =
        validations.check("Citizens.load", "input citizens", new ValidationSpec(OnFailure.REPORT, "", RULES), read);
    checked.write().format("noop").mode("overwrite").save();
    return validations.reports().get(0);
  }

  @Test
  void aDeltaTablesFilesProveItsRulesAndALaterBadCommitIsFound() {
    Connector table = TestConnectors.open("citizens", "delta", dir.resolve("citizens"), "mode = append");
    // 1,000 rows: on a handful Parquet finds plain encoding smaller than a dictionary.
    List<Citizen> many =
        IntStream.range(0, 1000)
            .mapToObj(i -> new Citizen("c" + i, i % 100, i % 2 == 0 ? "Lyon" : "Oslo", LocalDate.of(1950 + i % 50, 1, 1)))
            .toList();
    table.write(spark.createDataset(many, Citizen.ENCODER).coalesce(1));

    ValidationReport first = validate(table);
    assertTrue(first.passed(), first::toString);
    assertEquals(1000, first.totalRows());
    assertEquals(
        List.of("name: notNull", "age: range[0..150]", "city: oneOf[Lyon, Oslo]", "born: range[1900-01-01..2020-12-31]"),
        first.provenByStatistics());

    table.write(
        spark.createDataset(List.of(new Citizen("bob", 170, "Rome", LocalDate.of(2008, 12, 31))), Citizen.ENCODER));
    ValidationReport second = validate(table);
    assertEquals(1001, second.totalRows());
    assertEquals(List.of("name: notNull", "born: range[1900-01-01..2020-12-31]"), second.provenByStatistics());
    assertEquals(
        List.of("age range[0..150] 1", "city oneOf[Lyon, Oslo] 1"),
        second.failures().stream().map(f -> f.column() + " " + f.rule() + " " + f.failedRows()).toList());
  }
}
