package io.jsetl.connectors;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.spark.SparkException;
import org.junit.jupiter.api.Test;

class ConnectorErrorsTest {
  @Test
  void aSparkFailureWithoutAConditionIsReportedNotLostInANullPointerException() {
    // "Job aborted due to stage failure" is a SparkException whose condition is null.
    SparkException aborted = new SparkException("Job aborted due to stage failure: boom");

    ConnectorException e = ConnectorErrors.writeFailed("out", "parquet", "/tmp/out", "overwrite", aborted);

    assertSame(aborted, e.getCause());
    assertTrue(e.getMessage().startsWith("connector 'out' (parquet at /tmp/out)"), e.getMessage());
  }
}
