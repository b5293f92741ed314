package io.jsetl.runtime.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.jsetl.runtime.NodeReport;
import io.jsetl.runtime.NodeReport.CacheDecision;
import io.jsetl.runtime.NodeStatus;
import io.jsetl.runtime.RunReport;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RunReportTest {
  private static final Instant T0 = Instant.parse("2026-01-02T03:04:05Z");

  private static final RunReport REPORT =
      new RunReport(
          "Citizens",
          "20260102-030405-0a1b2c3d",
          T0,
          T0.plusMillis(1234),
          List.of(
              new NodeReport(
                  "source:citizens_csv",
                  0,
                  NodeStatus.SUCCEEDED,
                  T0,
                  T0.plusMillis(10),
                  Duration.ofMillis(10),
                  "",
                  new CacheDecision(
                      true,
                      "persisted MEMORY_AND_DISK: feeds CitizenFactories.adults, CitizenFactories.cityStats",
                      1536L),
                  null),
              new NodeReport(
                  "CitizenFactories.adults",
                  1,
                  NodeStatus.SUCCEEDED,
                  T0.plusMillis(10),
                  T0.plusMillis(20),
                  Duration.ofMillis(10),
                  "",
                  new CacheDecision(false, "already cached (Memory Deserialized 1x Replicated)", null),
                  null),
              new NodeReport(
                  "CitizenFactories.cityStats",
                  1,
                  NodeStatus.FAILED,
                  T0.plusMillis(10),
                  T0.plusMillis(420),
                  Duration.ofMillis(410),
                  "city_stats",
                  null,
                  "IllegalStateException: bad \"city\"\tcolumn"),
              new NodeReport(
                  "CitizenFactories.unused", -1, NodeStatus.SKIPPED, null, null, Duration.ZERO, "", null, null)));

  @Test
  void jsonHasAFixedShape() {
    assertEquals(
        """
        {
          "pipeline": "Citizens",
          "runId": "20260102-030405-0a1b2c3d",
          "succeeded": false,
          "start": "2026-01-02T03:04:05Z",
          "end": "2026-01-02T03:04:06.234Z",
          "durationMs": 1234,
          "nodes": [
            {
              "name": "source:citizens_csv",
              "stage": 0,
              "status": "SUCCEEDED",
              "start": "2026-01-02T03:04:05Z",
              "end": "2026-01-02T03:04:05.010Z",
              "durationMs": 10,
              "sink": null,
              "cached": true,
              "cache": {
                "reason": "persisted MEMORY_AND_DISK: feeds CitizenFactories.adults, CitizenFactories.cityStats",
                "estimatedBytes": 1536
              },
              "error": null
            },
            {
              "name": "CitizenFactories.adults",
              "stage": 1,
              "status": "SUCCEEDED",
              "start": "2026-01-02T03:04:05.010Z",
              "end": "2026-01-02T03:04:05.020Z",
              "durationMs": 10,
              "sink": null,
              "cached": false,
              "cache": {
                "reason": "already cached (Memory Deserialized 1x Replicated)",
                "estimatedBytes": null
              },
              "error": null
            },
            {
              "name": "CitizenFactories.cityStats",
              "stage": 1,
              "status": "FAILED",
              "start": "2026-01-02T03:04:05.010Z",
              "end": "2026-01-02T03:04:05.420Z",
              "durationMs": 410,
              "sink": "city_stats",
              "cached": false,
              "cache": null,
              "error": "IllegalStateException: bad \\"city\\"\\tcolumn"
            },
            {
              "name": "CitizenFactories.unused",
              "stage": -1,
              "status": "SKIPPED",
              "start": null,
              "end": null,
              "durationMs": 0,
              "sink": null,
              "cached": false,
              "cache": null,
              "error": null
            }
          ],
          "validations": []
        }
        """,
        REPORT.toJson());
  }

  @Test
  void toStringIsATable() {
    assertEquals(
        """
        Pipeline Citizens, run 20260102-030405-0a1b2c3d: FAILED in 1.23s
        stage  node                        status     duration  sink        cached              error
        0      source:citizens_csv         SUCCEEDED  0.01s                 yes (est. 1.5 KiB)
        1      CitizenFactories.adults     SUCCEEDED  0.01s                 no
        1      CitizenFactories.cityStats  FAILED     0.41s     city_stats                      IllegalStateException: bad "city"\tcolumn
        -      CitizenFactories.unused     SKIPPED
        """,
        REPORT.toString());
  }

  @Test
  void aRunSucceedsOnlyIfEveryNodeThatIsNotPrunedSucceeded() {
    assertFalse(REPORT.succeeded());
    assertEquals(Duration.ofMillis(1234), REPORT.duration());
    assertEquals(NodeStatus.SKIPPED, REPORT.node("CitizenFactories.unused").orElseThrow().status());
  }
}
