package io.jsetl.dsl;

/**
 * One failed rule of one record, as reported by a generated {@code X_.violations(x)}.
 *
 * @param column the column name, or {@code "*"} for a rule over the whole row
 * @param rule the rule, e.g. {@code range[0..150]}
 * @param message what is wrong, for people
 */
public record Violation(String column, String rule, String message) {}
