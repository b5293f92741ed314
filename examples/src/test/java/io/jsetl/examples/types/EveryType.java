package io.jsetl.examples.types;

import io.jsetl.dsl.Column;
import io.jsetl.dsl.Decimal;
import io.jsetl.dsl.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** One component of every supported type, compiled by the real processor like a user's record. */
@Schema
public record EveryType(
    boolean flag,
    byte tiny,
    short small,
    int count,
    long big,
    float ratio,
    double score,
    @Nullable Boolean maybeFlag,
    @Nullable Byte maybeTiny,
    @Nullable Short maybeSmall,
    @Nullable Integer maybeCount,
    @Nullable Long maybeBig,
    @Nullable Float maybeRatio,
    @Nullable Double maybeScore,
    String text,
    @Nullable String maybeText,
    @Decimal(precision = 12, scale = 3) BigDecimal amount,
    @Nullable BigDecimal defaultDecimal,
    LocalDate day,
    Instant at,
    LocalDateTime local,
    byte[] bytes,
    List<String> tags,
    List<@Nullable Integer> sparse,
    Set<Long> ids,
    Map<String, Double> weights,
    Level level,
    @Nullable Level maybeLevel,
    Address home,
    @Nullable Address work,
    List<Address> previous,
    Map<String, List<Address>> byCity,
    @Column("renamed_column") String renamed) {}
