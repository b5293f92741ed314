package io.jsetl.runtime.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jsetl.dsl.OnFailure;
import io.jsetl.runtime.RuleFailure;
import io.jsetl.runtime.ValidationReport;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValidationReportTest {
  private static final ValidationReport FAILED =
      new ValidationReport(
          "CitizenFactories.adults",
          "output",
          "Citizen",
          OnFailure.DROP,
          60,
          3,
          "rejected",
          List.of(
              new RuleFailure("age", "range[0..150]", 2, 60, List.of("-1", "200"), null),
              new RuleFailure("city", "notBlank", 1, 60, List.of("  "), null),
              new RuleFailure("name", "notBlank", 1, 60, List.of("{\"name\":\"  \"}"), null),
              new RuleFailure("*", "size", 0, 60, List.of(), "rows=60, expected [1..50]")),
          1,
          List.of());

  @Test
  void textNamesThePointTheModeAndEveryBrokenRule() {
    assertEquals(
        """
        Validation of CitizenFactories.adults output (Citizen, DROP): 4 rules broken in 60 rows; 3 rows\
         dropped to quarantine 'rejected'
          age   range[0..150]  2 of 60 rows  e.g. -1, 200
          city  notBlank       1 of 60 rows  e.g. "  "
          name  notBlank       1 of 60 rows  e.g. {"name":"  "}
          *     size           rows=60, expected [1..50]""",
        FAILED.toString());
  }

  @Test
  void aPassedReportIsOneLine() {
    ValidationReport passed =
        new ValidationReport("Jobs.x", "input from people", "Person", OnFailure.FAIL, 1, 0, "", List.of(), 0, List.of());
    assertEquals("Validation of Jobs.x input from people (Person, FAIL): passed, 1 row checked", passed.toString());
  }

  @Test
  void rulesProvenByFileStatisticsAreCountedInTheHeadline() {
    ValidationReport proven =
        new ValidationReport(
            "Jobs.x", "input people", "Person", OnFailure.REPORT, 9, 0, "", List.of(), 0,
            List.of("age: range[0..150]", "name: notNull"));
    assertEquals(
        "Validation of Jobs.x input people (Person, REPORT): passed, 9 rows checked (2 rules proven by"
            + " file statistics)",
        proven.toString());
  }

  @Test
  void jsonHasAFixedShape() {
    assertEquals(
        """
        {
          "node": "CitizenFactories.adults",
          "target": "output",
          "record": "Citizen",
          "mode": "DROP",
          "passed": false,
          "totalRows": 60,
          "droppedRows": 3,
          "quarantine": "rejected",
          "extraJobs": 1,
          "provenByStatistics": [],
          "failures": [
            {
              "column": "age",
              "rule": "range[0..150]",
              "failedRows": 2,
              "totalRows": 60,
              "observed": null,
              "samples": [
                "-1",
                "200"
              ]
            },
            {
              "column": "city",
              "rule": "notBlank",
              "failedRows": 1,
              "totalRows": 60,
              "observed": null,
              "samples": [
                "  "
              ]
            },
            {
              "column": "name",
              "rule": "notBlank",
              "failedRows": 1,
              "totalRows": 60,
              "observed": null,
              "samples": [
                "{\\"name\\":\\"  \\"}"
              ]
            },
            {
              "column": "*",
              "rule": "size",
              "failedRows": 0,
              "totalRows": 60,
              "observed": "rows=60, expected [1..50]",
              "samples": []
            }
          ]
        }
        """,
        FAILED.toJson());
  }
}
