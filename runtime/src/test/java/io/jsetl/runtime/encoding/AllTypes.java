package io.jsetl.runtime.encoding;

import io.jsetl.dsl.Column;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A record with every column type jsetl supports, nullable and not, nested records and
 * collections of them, and renamed columns (here and in the nested record). Nested types are
 * members, as users often write them, so Spark's generated code must name {@code AllTypes$Address}.
 */
public record AllTypes(
    boolean flag,
    byte tiny,
    short small,
    int count,
    long big,
    float ratio,
    double measure,
    @Nullable Boolean maybeFlag,
    @Nullable Byte maybeTiny,
    @Nullable Short maybeSmall,
    @Nullable Integer maybeCount,
    @Nullable Long maybeBig,
    @Nullable Float maybeRatio,
    @Nullable Double maybeMeasure,
    Integer boxedCount,
    String name,
    @Nullable String nickname,
    byte[] payload,
    byte @Nullable [] maybePayload,
    LocalDate born,
    @Nullable LocalDate died,
    Instant seen,
    @Nullable Instant maybeSeen,
    LocalDateTime wallClock,
    @Nullable LocalDateTime maybeWallClock,
    BigDecimal amount,
    @Nullable BigDecimal precise,
    Color color,
    @Nullable Color maybeColor,
    List<String> tags,
    List<@Nullable Integer> scores,
    Set<String> labels,
    Set<Address> places,
    Map<String, Long> counts,
    Map<Color, @Nullable Address> byColor,
    Address home,
    @Nullable Address work,
    List<Address> history,
    List<Map<String, List<Address>>> deep,
    List<Set<String>> groups,
    Map<String, Set<Color>> colorSets,
    @Column("e_mail") String email) {

  /** One fixed row, for tests that change a single component of it. */
  static AllTypes example() {
    Address home = new Address("1 Main Street", "12345", null);
    Address work = new Address("2 High Street", "67890", 3);
    return new AllTypes(
        true, (byte) 1, (short) 2, 3, 4L, 5.5f, 6.25, null, (byte) -1, null, 7, null, 8.5f, null, 9,
        "Ada", null, new byte[] {1, 2, 3}, null,
        LocalDate.of(1950, 1, 31), null,
        Instant.parse("1901-02-03T04:05:06.123456Z"), null,
        LocalDateTime.of(2099, 12, 31, 23, 59, 59, 999_999_000), null,
        new BigDecimal("12345678.90"), new BigDecimal("-0.000000000000000001"),
        Color.RED, null,
        List.of("a", "b"), Arrays.asList(1, null), Set.of("x"), Set.of(home, work),
        Map.of("k", 1L), Map.of(Color.BLUE, work), home, null, List.of(home),
        List.of(Map.of("m", List.of(work))), List.of(Set.of("s")), Map.of("c", Set.of(Color.GREEN)),
        "ada@example.org");
  }

  public enum Color {
    RED,
    GREEN,
    BLUE
  }

  public record Address(
      String street, @Column("zip_code") String zip, @Nullable Integer floor) {}
}
