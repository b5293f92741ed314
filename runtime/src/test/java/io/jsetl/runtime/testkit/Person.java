package io.jsetl.runtime.testkit;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A record with every column type jsetl encodes and a rule of every kind on them (see {@link
 * Person_#RULES}), nested records among them; public, as Spark's encoders need.
 */
public record Person(
    long id,
    String name,
    int age,
    @Nullable String email,
    String code,
    Status status,
    BigDecimal balance,
    LocalDate born,
    @Nullable Instant seen,
    @Nullable LocalDateTime wake,
    double score,
    @Nullable Double ratio,
    float drift,
    byte tiny,
    short small,
    @Nullable Integer level,
    @Nullable Boolean flag,
    byte[] payload,
    List<String> tags,
    Set<Status> statuses,
    Map<String, Long> counts,
    Address home,
    @Nullable Address work,
    List<Address> history) {

  public enum Status {
    ACTIVE,
    MOVED,
    GONE
  }

  public record Address(String street, String zip, @Nullable Integer floor) {}
}
