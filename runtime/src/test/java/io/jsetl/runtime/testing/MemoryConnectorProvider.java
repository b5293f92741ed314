package io.jsetl.runtime.testing;

import io.jsetl.runtime.connect.ConfigProblem;
import io.jsetl.runtime.connect.Connector;
import io.jsetl.runtime.connect.ConnectorConfig;
import io.jsetl.runtime.connect.ConnectorProvider;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * A test storage, {@code memory}: {@code { storage = memory, table = <name> }} reads and writes a
 * {@link MemoryTables} entry. Registered in the test resources' {@code META-INF/services}, as a
 * real provider would be.
 */
public final class MemoryConnectorProvider implements ConnectorProvider {
  @Override
  public String storage() {
    return "memory";
  }

  @Override
  public List<ConfigProblem> check(ConnectorConfig config) {
    return config.has("table")
        ? List.of()
        : List.of(new ConfigProblem(config.name(), "table", "missing; set it to an in-memory table name"));
  }

  @Override
  public Connector open(ConnectorConfig config) {
    String name = config.name();
    String table = config.string("table").orElseThrow();
    return new Connector() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public Dataset<?> read(SparkSession spark, Encoder<?> encoder) {
        Dataset<Row> rows = MemoryTables.read(table);
        return encoder == null ? rows : rows.as(encoder);
      }

      @Override
      public void write(Dataset<?> data) {
        Dataset<Row> rows = data.toDF();
        MemoryTables.put(table, data.sparkSession().createDataFrame(rows.collectAsList(), rows.schema()));
      }
    };
  }
}
