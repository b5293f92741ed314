package io.jsetl.benchmarks.tpch;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;

/**
 * The checks of {@link LineItem} as a user without jsetl writes them: one predicate per rule,
 * written by hand, and one {@code count()} job per rule for the rows that break it. The
 * benchmark's baseline for "validation as separate jobs"; it runs the same 18 rules as {@code
 * LineItem_.RULES} (10 written, 8 not-null).
 */
public final class CountPerRule {
  private static final LocalDate FIRST = LocalDate.of(1992, 1, 1);
  private static final LocalDate LAST = LocalDate.of(1998, 12, 31);

  private static final List<String> NOT_NULL =
      List.of(
          "returnFlag",
          "lineStatus",
          "shipDate",
          "commitDate",
          "receiptDate",
          "shipInstruct",
          "shipMode",
          "comment");

  private CountPerRule() {}

  /** Each rule, by name, as the condition a breaking row satisfies. */
  public static Map<String, Column> breaks() {
    Map<String, Column> rules = new LinkedHashMap<>();
    rules.put("quantity in [1, 50]", outside("quantity", lit(1), lit(50)));
    rules.put("extendedPrice >= 1", col("extendedPrice").lt(1));
    rules.put("discount in [0, 0.10]", outside("discount", lit(0), lit(0.10)));
    rules.put("tax in [0, 0.08]", outside("tax", lit(0), lit(0.08)));
    rules.put("returnFlag in (A, N, R)", not(col("returnFlag").isin("A", "N", "R")));
    rules.put("lineStatus in (O, F)", not(col("lineStatus").isin("O", "F")));
    rules.put("shipDate in 1992..1998", outside("shipDate", lit(FIRST), lit(LAST)));
    rules.put("receiptDate in 1992..1998", outside("receiptDate", lit(FIRST), lit(LAST)));
    rules.put(
        "shipMode in (7 modes)",
        not(col("shipMode").isin("REG AIR", "AIR", "RAIL", "SHIP", "TRUCK", "MAIL", "FOB")));
    rules.put("comment length in [10, 43]", outside(length(col("comment")), lit(10), lit(43)));
    // Primitive columns cannot hold null; the others must not.
    for (String column : NOT_NULL) {
      rules.put(column + " not null", col(column).isNull());
    }
    return rules;
  }

  /** Runs one count job per rule; the rules broken, with their counts. */
  public static Map<String, Long> run(Dataset<?> data) {
    Map<String, Long> broken = new LinkedHashMap<>();
    breaks()
        .forEach(
            (rule, breaks) -> {
              long n = data.filter(breaks).count();
              if (n > 0) {
                broken.put(rule, n);
              }
            });
    return broken;
  }

  private static Column outside(String column, Column min, Column max) {
    return outside(col(column), min, max);
  }

  private static Column outside(Column value, Column min, Column max) {
    return value.lt(min).or(value.gt(max));
  }
}
