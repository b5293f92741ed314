package io.jsetl.runtime.encoding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jsetl.runtime.testkit.TestSpark;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;
import scala.Tuple2;

/**
 * Random {@link AllTypes} rows (every supported type, nulls where allowed, nested records,
 * collections of records, renamed columns) survive Spark unchanged. Each try encodes a batch of
 * rows in one Dataset, and properties that run Spark jobs have few tries: most of their cost is
 * compiling Spark's generated code for this very wide record once. Seeds are fixed.
 */
class EncodingRoundTripPropertiesTest {
  private static final int ROWS_PER_TRY = 50;
  private static Path tempDir;

  private final SparkSession spark = TestSpark.session();

  @BeforeContainer
  static void createTempDir() throws IOException {
    // jqwik has no @TempDir; one directory for the class, removed afterwards.
    tempDir = Files.createTempDirectory("jsetl-encoding-properties");
  }

  @AfterContainer
  static void deleteTempDir() throws IOException {
    try (Stream<Path> files = Files.walk(tempDir)) {
      files.sorted(Comparator.reverseOrder()).forEach(EncodingRoundTripPropertiesTest::delete);
    }
  }

  @Provide
  Arbitrary<List<AllTypes>> rows() {
    return ValueArbitraries.records(AllTypes.class, AllTypes_.FIELDS).list().ofSize(ROWS_PER_TRY);
  }

  @Property(tries = 20, seed = "20260101")
  void collectReturnsWhatWasEncoded(@ForAll("rows") List<AllTypes> rows) {
    Dataset<AllTypes> ds = spark.createDataset(rows, AllTypes_.ENCODER);

    assertEquals(Deep.normalize(rows), Deep.normalize(ds.collectAsList()));
  }

  /** {@code map} runs the encoder inside Spark's whole-stage generated code, in a Spark job. */
  @Property(tries = 5, seed = "20260102")
  void mapThroughGeneratedCodeKeepsValues(@ForAll("rows") List<AllTypes> rows) {
    Dataset<AllTypes> mapped =
        spark
            .createDataset(rows, AllTypes_.ENCODER)
            .map((MapFunction<AllTypes, AllTypes>) row -> row, AllTypes_.ENCODER);

    assertEquals(Deep.normalize(rows), Deep.normalize(mapped.collectAsList()));
  }

  /** Spark rebuilds tuple encoders from the portable form, where renamed records use a Row. */
  @Property(tries = 5, seed = "20260103")
  void tupleEncodersBuiltBySparkKeepValues(@ForAll("rows") List<AllTypes> rows) {
    Encoder<Tuple2<AllTypes, String>> pairs = Encoders.tuple(AllTypes_.ENCODER, Encoders.STRING());
    List<Tuple2<AllTypes, String>> input =
        rows.stream().map(r -> new Tuple2<>(r, r.name())).toList();

    List<Tuple2<AllTypes, String>> output = spark.createDataset(input, pairs).collectAsList();

    assertEquals(Deep.normalize(rows), Deep.normalize(output.stream().map(Tuple2::_1).toList()));
  }

  @Property(tries = 5, seed = "20260104")
  void parquetWrittenAndReadWithTheEncoderKeepsValues(@ForAll("rows") List<AllTypes> rows)
      throws IOException {
    String path = Files.createTempDirectory(tempDir, "parquet").resolve("data").toString();

    spark.createDataset(rows, AllTypes_.ENCODER).write().parquet(path);
    List<AllTypes> read = spark.read().parquet(path).as(AllTypes_.ENCODER).collectAsList();

    assertEquals(Deep.multiset(rows), Deep.multiset(read));
  }

  /** JSON keeps microseconds only with explicit formats; binary travels as base64. */
  @Property(tries = 2, seed = "20260105")
  void jsonReadWithTheSchemaKeepsValues(@ForAll("rows") List<AllTypes> rows) throws IOException {
    String path = Files.createTempDirectory(tempDir, "json").resolve("data").toString();
    String timestamp = "yyyy-MM-dd'T'HH:mm:ss.SSSSSSXXX";
    String wallClock = "yyyy-MM-dd'T'HH:mm:ss.SSSSSS";

    spark
        .createDataset(rows, AllTypes_.ENCODER)
        .write()
        .option("timestampFormat", timestamp)
        .option("timestampNTZFormat", wallClock)
        .json(path);
    List<AllTypes> read =
        spark
            .read()
            .schema(AllTypes_.SCHEMA)
            .option("timestampFormat", timestamp)
            .option("timestampNTZFormat", wallClock)
            .json(path)
            .as(AllTypes_.ENCODER)
            .collectAsList();

    assertEquals(Deep.multiset(rows), Deep.multiset(read));
  }

  private static void delete(Path path) {
    try {
      Files.delete(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
