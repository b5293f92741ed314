package io.jsetl.cli.infer;

import static com.google.common.truth.Truth.assertThat;

import io.jsetl.cli.CliRun;
import io.jsetl.runtime.testkit.TestSpark;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code jsetl infer} on Parquet, whose schema carries every Spark type the mapping knows. */
class InferParquetTest {
  @TempDir static Path dir;

  private static Path events;

  /** Three rows; {@code id} 1 is the one with nulls. */
  @BeforeAll
  static void writeSample() {
    events = dir.resolve("events.parquet");
    TestSpark.session()
        .range(3)
        .selectExpr(
            "CAST(id AS TINYINT) AS level",
            "CAST(id * 10 AS SMALLINT) AS small",
            "CAST(id AS INT) AS count",
            "id * 1000000000000 AS big",
            "CAST(id / 4 AS FLOAT) AS ratio",
            "CAST(id + 0.25 AS DECIMAL(10,2)) AS amount",
            "id % 2 = 0 AS even",
            "date_add(DATE'2024-01-01', CAST(id AS INT)) AS day",
            "timestamp_seconds(1704103200 + id * 3600) AS at",
            "TIMESTAMP_NTZ'2024-01-01 10:00:00' + make_dt_interval(0, CAST(id AS INT)) AS local",
            "CAST(CAST(id AS STRING) AS BINARY) AS payload",
            "IF(id = 1, NULL, CAST('x' AS BINARY)) AS photo",
            "IF(id = 1, NULL, CAST(id AS INT)) AS maybe",
            "CAST(NULL AS STRING) AS nothing",
            "array(id, id + 1) AS pair",
            "map('k', id) AS attrs",
            "array(CAST(id AS DECIMAL(5,1))) AS prices",
            "named_struct('lat', id * 1.5D, 'lon', -id * 1.5D) AS position",
            "array(named_struct('sku', 'x', 'qty', id)) AS items")
        .coalesce(1)
        .write()
        .parquet(events.toString());
  }

  /**
   * Spark reads every Parquet column as nullable, so top-level and struct fields get their
   * nullability from the data; fields of structs inside arrays keep the schema's (nullable).
   */
  @Test
  void mapsEverySparkTypeToItsJavaType() {
    CliRun run = CliRun.of("infer", events.toString(), "--name", "Event", "--package", "t");

    assertThat(run.err()).isEmpty();
    assertThat(run.exitCode()).isEqualTo(0);
    assertThat(run.out())
        .contains(
            """
            @Schema
            public record Event(
                @Range(min = 0, max = 2) byte level,
                @Range(min = 0, max = 20) short small,
                @Range(min = 0, max = 2) int count,
                @Range(min = 0, max = 2.0E12) long big,
                @Range(min = 0, max = 0.5) float ratio,
                @Range(min = 0.25, max = 2.25) @Decimal(precision = 10, scale = 2) BigDecimal amount,
                boolean even,
                @Range(from = "2024-01-01", to = "2024-01-03") LocalDate day,
                @Range(from = "2024-01-01T10:00:00Z", to = "2024-01-01T12:00:00Z") Instant at,
                @Range(from = "2024-01-01T10:00", to = "2024-01-01T12:00") LocalDateTime local,
                byte[] payload,
                byte @Nullable [] photo,
                @Range(min = 0, max = 2) @Nullable Integer maybe,
                @Nullable String nothing,
                List<Long> pair,
                Map<String, Long> attrs,
                @Decimal(precision = 5, scale = 1) List<BigDecimal> prices,
                Position position,
                List<Item> items) {

              @Schema
              public record Position(
                  @Range(min = 0, max = 3) double lat,
                  @Range(min = -3, max = 0) double lon) {}

              @Schema
              public record Item(
                  @Nullable String sku,
                  @Nullable Long qty) {}
            }
            """);
    RecordCompiler.compileCleanly("t.Event", run.out());
  }

  @Test
  void findsTheFormatFromTheFilesInADirectory() {
    Path renamed = dir.resolve("events-copy");
    TestSpark.session().read().parquet(events.toString()).write().parquet(renamed.toString());

    CliRun run = CliRun.of("infer", renamed.toString(), "--name", "Event");

    assertThat(run.exitCode()).isEqualTo(0);
    assertThat(run.out()).contains("// Inferred by `jsetl infer` from 3 rows of events-copy.");
  }

  @Test
  void leavesOutAColumnNoRecordCanHoldAndSaysSo() {
    Path variants = dir.resolve("variants.parquet");
    TestSpark.session()
        .range(2)
        .selectExpr("id", "parse_json('{\"a\": 1}') AS payload")
        .write()
        .parquet(variants.toString());

    CliRun run = CliRun.of("infer", variants.toString());

    assertThat(run.exitCode()).isEqualTo(0);
    String leftOut = "column \"payload\" of Spark type variant, which no jsetl column type holds";
    assertThat(run.err()).isEqualTo("jsetl infer: left out " + leftOut + "\n");
    assertThat(run.out()).contains("// Left out: " + leftOut + ".\n");
    assertThat(run.out())
        .contains("public record Variants(\n    @Range(min = 0, max = 1) long id) {}");
    RecordCompiler.compileCleanly("Variants", run.out());
  }
}
