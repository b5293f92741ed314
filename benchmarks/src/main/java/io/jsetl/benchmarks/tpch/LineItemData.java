package io.jsetl.benchmarks.tpch;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Iterator;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Properties;
import java.util.stream.Stream;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.LongAccumulator;

/**
 * TPC-H {@code lineitem} as Parquet, generated once by the reference generator ({@code
 * io.trino.tpch}) and kept under {@code target/tpch/lineitem-sf<N>/}. The generator splits a scale
 * factor into independent parts; each Spark task generates one part as it writes it, so no more
 * than a row at a time is held in memory.
 */
public final class LineItemData {
  /** Rows per generated part (and Parquet file): 8 parts for scale factor 2, files of about 50 MB. */
  private static final long ROWS_PER_PART = 1_500_000L;

  /** TPC-H's lineitem rows per unit of scale factor (approximately; orders have 1 to 7 lines). */
  private static final long ROWS_PER_SCALE_FACTOR = 6_000_000L;

  /**
   * The facts of the generated data, written after the Parquet files (so its presence says they
   * are complete); Spark's readers skip files whose names start with {@code _}.
   */
  private static final String FACTS = "_tpch.properties";

  private LineItemData() {}

  /**
   * What was generated.
   *
   * @param dir the Parquet directory
   * @param rows line items
   * @param tblBytes the size of the same rows in dbgen's {@code lineitem.tbl} text form (the
   *     CSV-equivalent size TPC-H scale factors are named after)
   * @param parquetBytes the size of the Parquet files (snappy)
   */
  public record Facts(Path dir, long rows, long tblBytes, long parquetBytes) {}

  /** The data of {@code scaleFactor} under {@code root}; generates it on first use. */
  public static Facts ensure(SparkSession spark, Path root, double scaleFactor) {
    Path dir = root.resolve("lineitem-sf" + format(scaleFactor));
    if (!Files.exists(dir.resolve(FACTS))) {
      generate(spark, dir, scaleFactor);
    }
    Properties facts = new Properties();
    try (Reader in = Files.newBufferedReader(dir.resolve(FACTS))) {
      facts.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + dir.resolve(FACTS), e);
    }
    return new Facts(
        dir,
        Long.parseLong(facts.getProperty("rows")),
        Long.parseLong(facts.getProperty("tbl-bytes")),
        parquetBytes(dir));
  }

  private static void generate(SparkSession spark, Path dir, double scaleFactor) {
    int parts = (int) Math.max(1, Math.ceil(scaleFactor * ROWS_PER_SCALE_FACTOR / ROWS_PER_PART));
    System.out.printf(
        Locale.ROOT,
        "generating TPC-H lineitem, scale factor %s, %d parts, into %s%n",
        format(scaleFactor),
        parts,
        dir);
    long t0 = System.nanoTime();
    LongAccumulator rows = spark.sparkContext().longAccumulator("lineitem rows");
    LongAccumulator tblBytes = spark.sparkContext().longAccumulator("lineitem.tbl bytes");
    spark
        .range(0, parts, 1, parts)
        .mapPartitions(generator(scaleFactor, parts, rows, tblBytes), LineItem_.ENCODER)
        .write()
        .mode(SaveMode.Overwrite)
        .parquet(dir.toString());
    String facts = "rows=" + rows.value() + "\ntbl-bytes=" + tblBytes.value() + "\n";
    try {
      Files.writeString(dir.resolve(FACTS), facts);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + dir.resolve(FACTS), e);
    }
    System.out.printf(Locale.ROOT, "generated in %.1f s%n", (System.nanoTime() - t0) / 1e9);
  }

  private static long parquetBytes(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .filter(f -> f.getFileName().toString().endsWith(".parquet"))
          .mapToLong(LineItemData::size)
          .sum();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
  }

  /**
   * A task's ids (0-based) name the generator's parts (1-based). A plain iterator rather than a
   * Stream: {@code Stream.flatMap(...).iterator()} buffers each inner stream whole, a part's rows.
   */
  private static MapPartitionsFunction<Long, LineItem> generator(
      double scaleFactor, int parts, LongAccumulator rows, LongAccumulator tblBytes) {
    return ids ->
        new Iterator<LineItem>() {
          private Iterator<io.trino.tpch.LineItem> part = Collections.emptyIterator();

          @Override
          public boolean hasNext() {
            while (!part.hasNext() && ids.hasNext()) {
              int number = (int) (ids.next() + 1);
              part = new io.trino.tpch.LineItemGenerator(scaleFactor, number, parts).iterator();
            }
            return part.hasNext();
          }

          @Override
          public LineItem next() {
            if (!hasNext()) {
              throw new NoSuchElementException();
            }
            io.trino.tpch.LineItem generated = part.next();
            rows.add(1);
            tblBytes.add(generated.toLine().length() + 1); // ASCII, one line each
            return of(generated);
          }
        };
  }

  /** A generated row as the record; dates are days since the epoch. */
  static LineItem of(io.trino.tpch.LineItem g) {
    return new LineItem(
        g.getOrderKey(),
        g.getPartKey(),
        g.getSupplierKey(),
        g.getLineNumber(),
        g.getQuantity(),
        g.getExtendedPrice(),
        g.getDiscount(),
        g.getTax(),
        g.getReturnFlag(),
        g.getStatus(),
        LocalDate.ofEpochDay(g.getShipDate()),
        LocalDate.ofEpochDay(g.getCommitDate()),
        LocalDate.ofEpochDay(g.getReceiptDate()),
        g.getShipInstructions(),
        g.getShipMode(),
        g.getComment());
  }

  /** {@code 2} rather than {@code 2.0}, for directory names. */
  static String format(double scaleFactor) {
    return scaleFactor == Math.rint(scaleFactor)
        ? Long.toString((long) scaleFactor)
        : Double.toString(scaleFactor);
  }

  private static long size(Path f) {
    try {
      return Files.size(f);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the size of " + f, e);
    }
  }
}
