package io.jsetl.dsl;

import java.util.List;
import java.util.Objects;

/**
 * The compiled checks of one {@code @Schema} record, in declaration order (components first, then
 * {@link Check} methods). Generated as {@code X_.RULES}.
 *
 * @param <R> the record type
 * @param recordType the record
 * @param columns the Spark column name of each record component, in component order (a component
 *     renamed with {@code @Column} has its new name here); empty when not known, which means the
 *     component names
 * @param rules the rules; a rule of a nested record's column names it by its dotted path, e.g.
 *     {@code address.zip}, and applies only when every record on that path is present (a null
 *     {@code address} breaks none of {@code address.*}'s rules)
 */
public record RuleSet<R>(Class<R> recordType, List<String> columns, List<Rule> rules) {
  public RuleSet {
    Objects.requireNonNull(recordType, "recordType");
    columns = List.copyOf(columns);
    rules = List.copyOf(rules);
  }

  /** Rules whose columns are named like the record's components. */
  public static <R> RuleSet<R> of(Class<R> recordType, Rule... rules) {
    return new RuleSet<>(recordType, List.of(), List.of(rules));
  }

  /** Rules of a record whose components have the Spark column names {@code columns}. */
  public static <R> RuleSet<R> of(Class<R> recordType, List<String> columns, Rule... rules) {
    return new RuleSet<>(recordType, columns, List.of(rules));
  }

  /** The rules about one column. */
  public List<Rule> forColumn(String column) {
    return rules.stream().filter(r -> r.column().equals(column)).toList();
  }
}
