package io.jsetl.benchmarks.tpch;

import io.jsetl.dsl.Length;
import io.jsetl.dsl.OneOf;
import io.jsetl.dsl.Range;
import io.jsetl.dsl.Schema;
import java.time.LocalDate;

/**
 * TPC-H's {@code lineitem} (columns without the {@code l_} prefix), with the validation
 * benchmark's ten explicit rules. Every column is also non-null (no {@code @Nullable}): the eight
 * columns of reference types get an implicit {@code notNull} rule each (a primitive cannot hold
 * null), so {@code LineItem_.RULES} holds 18.
 *
 * <p>The bounds are those of TPC-H's data generator (specification 4.2.3), so generated data
 * breaks none of them: the benchmark measures the cost of checking valid data, the common case.
 */
@Schema
public record LineItem(
    long orderKey,
    long partKey,
    long suppKey,
    int lineNumber,
    @Range(min = 1, max = 50) double quantity, // rule 1
    @Range(min = 1) double extendedPrice, // rule 2: positive (at least a part's retail price)
    @Range(min = 0, max = 0.10) double discount, // rule 3
    @Range(min = 0, max = 0.08) double tax, // rule 4
    @OneOf({"A", "N", "R"}) String returnFlag, // rule 5
    @OneOf({"O", "F"}) String lineStatus, // rule 6
    @Range(from = "1992-01-01", to = "1998-12-31") LocalDate shipDate, // rule 7
    LocalDate commitDate,
    @Range(from = "1992-01-01", to = "1998-12-31") LocalDate receiptDate, // rule 8
    String shipInstruct,
    @OneOf({"REG AIR", "AIR", "RAIL", "SHIP", "TRUCK", "MAIL", "FOB"}) String shipMode, // rule 9
    @Length(min = 10, max = 43) String comment) {} // rule 10
