package io.jsetl.benchmarks.tpch;

import io.jsetl.dsl.Schema;
import java.time.LocalDate;

/**
 * What the benchmark writes: every column of a {@link LineItem} (so that the job without checks
 * reads every column too, and column pruning does not favour it) plus the prices of TPC-H's
 * query 1, computed by {@link Pricing}.
 */
@Schema
public record PricedLineItem(
    long orderKey,
    long partKey,
    long suppKey,
    int lineNumber,
    double quantity,
    double extendedPrice,
    double discount,
    double tax,
    String returnFlag,
    String lineStatus,
    LocalDate shipDate,
    LocalDate commitDate,
    LocalDate receiptDate,
    String shipInstruct,
    String shipMode,
    String comment,
    double discPrice, // extendedPrice * (1 - discount)
    double charge) {} // discPrice * (1 + tax)
