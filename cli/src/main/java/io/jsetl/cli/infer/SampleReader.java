package io.jsetl.cli.infer;

import io.jsetl.cli.CliError;
import io.jsetl.cli.ErrorText;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.apache.spark.sql.DataFrameReader;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Reads a sample with Spark, letting Spark infer its schema (the one place in jsetl where that is
 * wanted): CSV with {@code inferSchema}, JSON Lines or a JSON array, Parquet with its own schema.
 * Every problem becomes a {@link CliError} that names the file.
 */
final class SampleReader {
  /** Where Spark's permissive JSON reader puts lines it cannot parse. */
  private static final String CORRUPT_RECORD = "_corrupt_record";

  private SampleReader() {}

  static Dataset<Row> read(SparkSession spark, Path sample, SampleFormat format, boolean header) {
    checkReadable(sample);
    DataFrameReader reader = spark.read();
    String path = sample.toAbsolutePath().normalize().toString();
    Dataset<Row> rows;
    try {
      rows =
          switch (format) {
            case CSV -> reader.option("header", header).option("inferSchema", true).csv(path);
            case JSON -> reader.option("multiLine", startsWithArray(sample)).json(path);
            case PARQUET -> reader.parquet(path);
          };
    } catch (Exception e) { // Spark throws SparkException (checked) without declaring it.
      throw new CliError(
          "cannot read " + sample + " as " + format + ": " + ErrorText.rootLine(e), e);
    }
    if (Arrays.asList(rows.columns()).contains(CORRUPT_RECORD)) {
      throw new CliError(
          sample
              + " has lines that are not JSON objects; infer reads JSON Lines (one object per"
              + " line) or one JSON array of objects");
    }
    if (rows.columns().length == 0) {
      throw new CliError(sample + " has no columns; infer needs a sample with a header or data");
    }
    return rows;
  }

  private static void checkReadable(Path sample) {
    if (!Files.exists(sample)) {
      throw new CliError(sample + " does not exist");
    }
    if (!Files.isReadable(sample)) {
      throw new CliError("cannot read " + sample + ": permission denied");
    }
    try {
      if (Files.isRegularFile(sample) && Files.size(sample) == 0) {
        throw new CliError(sample + " is empty; infer needs a sample with data");
      }
    } catch (IOException e) {
      throw new CliError("cannot read " + sample + ": " + e.getMessage(), e);
    }
  }

  /** A JSON file holding one array (rather than one object per line) needs Spark's multiLine. */
  private static boolean startsWithArray(Path sample) {
    if (!Files.isRegularFile(sample)) {
      return false;
    }
    try (Reader in = Files.newBufferedReader(sample, StandardCharsets.UTF_8)) {
      int c;
      do {
        c = in.read();
      } while (c != -1 && (Character.isWhitespace(c) || c == '\uFEFF'));
      return c == '[';
    } catch (IOException e) {
      throw new CliError("cannot read " + sample + ": " + e.getMessage(), e);
    }
  }
}
