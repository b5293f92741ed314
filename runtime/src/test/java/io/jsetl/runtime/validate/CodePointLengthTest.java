package io.jsetl.runtime.validate;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.length;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jsetl.runtime.testkit.TestSpark;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.unsafe.types.UTF8String;
import org.junit.jupiter.api.Test;

/** The ASCII fast path of the character count always gives Spark's own count. */
class CodePointLengthTest {
  private static final List<String> TEXTS =
      Arrays.asList(
          "",
          "a",
          "seven77",
          "eight888",
          "exactly sixteen!",
          "a plain ASCII comment of some length",
          "é",
          "café au lait, s'il vous plaît",
          "ascii for more than eight bytes then ü",
          "😀",
          "emoji 😀 in the middle of a long line",
          "日本語のテキスト",
          "\u0000\u007f",
          null);

  @Test
  void countsLikeSparkOnEveryKindOfText() {
    for (String text : TEXTS) {
      if (text != null) {
        UTF8String s = UTF8String.fromString(text);
        assertEquals(s.numChars(), CodePointLength.count(s), text);
        assertEquals(text.codePointCount(0, text.length()), CodePointLength.count(s), text);
      }
    }
  }

  @Test
  void generatedAndInterpretedCodeAgreeWithSparksLength() {
    SparkSession spark = TestSpark.session();
    Dataset<Row> texts = spark.createDataset(TEXTS, Encoders.STRING()).toDF("t");
    // Repartitioned: generated code in a Spark job, which must compile (Spark would otherwise fall
    // back to interpreted code, slowly and silently). Over in-memory rows directly, the optimizer
    // evaluates the projection itself, interpreted.
    spark.conf().set("spark.sql.codegen.fallback", "false");
    try {
      assertEquals(lengths(texts.repartition(2)), sparkLengths(texts.repartition(2)));
    } finally {
      spark.conf().unset("spark.sql.codegen.fallback");
    }
    assertEquals(lengths(texts), sparkLengths(texts));
  }

  private static List<Integer> lengths(Dataset<Row> texts) {
    return column(texts.select(col("t"), CodePointLength.of(col("t"))));
  }

  private static List<Integer> sparkLengths(Dataset<Row> texts) {
    return column(texts.select(col("t"), length(col("t"))));
  }

  /** Lengths by text, in the order of TEXTS. */
  private static List<Integer> column(Dataset<Row> textAndLength) {
    List<Row> rows = textAndLength.collectAsList();
    List<Integer> out = new ArrayList<>();
    for (String text : TEXTS) {
      for (Row r : rows) {
        if (java.util.Objects.equals(r.getString(0), text)) {
          out.add(r.isNullAt(1) ? null : r.getInt(1));
          break;
        }
      }
    }
    return out;
  }
}
