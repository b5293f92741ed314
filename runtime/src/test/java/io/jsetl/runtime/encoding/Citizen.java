package io.jsetl.runtime.encoding;

import io.jsetl.dsl.Column;
import io.jsetl.dsl.Decimal;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A small record for example tests: a renamed column, an enum and a decimal among plain ones. */
public record Citizen(
    String name,
    int age,
    String city,
    @Column("e_mail") @Nullable String email,
    Status status,
    @Decimal(precision = 10, scale = 2) BigDecimal balance) {

  /** Two cities, minors and adults, null and non-null e-mails. */
  static List<Citizen> samples() {
    return List.of(
        new Citizen("Ada", 36, "London", "ada@example.org", Status.ACTIVE, new BigDecimal("10.50")),
        new Citizen("Bob", 17, "Paris", null, Status.ACTIVE, new BigDecimal("0.00")),
        new Citizen("Cy", 52, "London", "cy@example.org", Status.MOVED, new BigDecimal("-3.25")),
        new Citizen("Di", 18, "Paris", null, Status.MOVED, new BigDecimal("99999999.99")));
  }

  public enum Status {
    ACTIVE,
    MOVED
  }
}
