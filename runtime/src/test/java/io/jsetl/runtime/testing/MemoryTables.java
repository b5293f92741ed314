package io.jsetl.runtime.testing;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** The tables behind the {@code memory} storage, shared by the tests of one JVM. */
public final class MemoryTables {
  private static final Map<String, Dataset<Row>> TABLES = new ConcurrentHashMap<>();
  private static final Map<String, AtomicInteger> READS = new ConcurrentHashMap<>();

  private MemoryTables() {}

  public static void put(String table, Dataset<Row> data) {
    TABLES.put(table, data);
  }

  public static Dataset<Row> get(String table) {
    Dataset<Row> data = TABLES.get(table);
    if (data == null) {
      throw new IllegalStateException("no in-memory table " + table);
    }
    return data;
  }

  static Dataset<Row> read(String table) {
    READS.computeIfAbsent(table, t -> new AtomicInteger()).incrementAndGet();
    return get(table);
  }

  /** How many times a connector read this table. */
  public static int reads(String table) {
    AtomicInteger n = READS.get(table);
    return n == null ? 0 : n.get();
  }
}
