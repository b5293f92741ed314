package io.jsetl.dsl;

import java.util.List;
import java.util.Objects;

/**
 * The compiled checks of one {@code @Schema} record, in declaration order (components first, then
 * {@link Check} methods). Generated as {@code X_.RULES}.
 *
 * @param <R> the record type
 */
public record RuleSet<R>(Class<R> recordType, List<Rule> rules) {
  public RuleSet {
    Objects.requireNonNull(recordType, "recordType");
    rules = List.copyOf(rules);
  }

  public static <R> RuleSet<R> of(Class<R> recordType, Rule... rules) {
    return new RuleSet<>(recordType, List.of(rules));
  }

  /** The rules about one column. */
  public List<Rule> forColumn(String column) {
    return rules.stream().filter(r -> r.column().equals(column)).toList();
  }
}
