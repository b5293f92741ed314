package io.jsetl.benchmarks.tpch;

import io.jsetl.dsl.Length;
import io.jsetl.dsl.OneOf;
import io.jsetl.dsl.Range;
import io.jsetl.dsl.Schema;
import java.time.LocalDate;

/**
 * What the benchmark writes: every column of a {@link LineItem} (so that the job without checks
 * reads every column too, and column pruning does not favour it) plus the prices of TPC-H's
 * query 1, computed by {@link Pricing}. It carries {@link LineItem}'s 10 rules, so that the same
 * checks can run on the output, before the write ({@link OutputValidatedPricing}); they cost
 * nothing where nothing validates.
 */
@Schema
public record PricedLineItem(
    long orderKey,
    long partKey,
    long suppKey,
    int lineNumber,
    @Range(min = 1, max = 50) double quantity,
    @Range(min = 1) double extendedPrice,
    @Range(min = 0, max = 0.10) double discount,
    @Range(min = 0, max = 0.08) double tax,
    @OneOf({"A", "N", "R"}) String returnFlag,
    @OneOf({"O", "F"}) String lineStatus,
    @Range(from = "1992-01-01", to = "1998-12-31") LocalDate shipDate,
    LocalDate commitDate,
    @Range(from = "1992-01-01", to = "1998-12-31") LocalDate receiptDate,
    String shipInstruct,
    @OneOf({"REG AIR", "AIR", "RAIL", "SHIP", "TRUCK", "MAIL", "FOB"}) String shipMode,
    @Length(min = 10, max = 43) String comment,
    double discPrice, // extendedPrice * (1 - discount)
    double charge) {} // discPrice * (1 + tax)
