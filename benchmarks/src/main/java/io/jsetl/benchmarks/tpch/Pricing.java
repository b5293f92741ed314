package io.jsetl.benchmarks.tpch;

import static org.apache.spark.sql.functions.lit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The benchmark's transformation, shared by the jsetl factories and the hand-written jobs so that
 * every variant does the same Spark work: TPC-H query 1's filter and prices, keeping every column.
 */
public final class Pricing {
  /** Query 1's cut-off: {@code l_shipdate <= date '1998-12-01' - interval '90' day}. */
  private static final LocalDate SHIPPED_BY = LocalDate.of(1998, 9, 2);

  private Pricing() {}

  /** The priced line items shipped by the cut-off, with {@link PricedLineItem}'s columns. */
  public static Dataset<Row> apply(Dataset<?> lineItems) {
    Column discPrice = LineItem_.extendedPrice.col().multiply(lit(1).minus(LineItem_.discount.col()));
    List<Column> columns = new ArrayList<>();
    for (String name : LineItem_.SCHEMA.fieldNames()) {
      columns.add(lineItems.col(name));
    }
    columns.add(discPrice.as(PricedLineItem_.discPrice.name()));
    columns.add(
        discPrice.multiply(lit(1).plus(LineItem_.tax.col())).as(PricedLineItem_.charge.name()));
    return lineItems
        .filter(LineItem_.shipDate.col().leq(lit(SHIPPED_BY)))
        .select(columns.toArray(Column[]::new));
  }
}
