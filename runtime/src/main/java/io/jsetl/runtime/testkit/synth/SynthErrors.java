package io.jsetl.runtime.testkit.synth;

import io.jsetl.dsl.Rule;
import io.jsetl.dsl.RuleSet;
import java.lang.reflect.Type;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Every message of data synthesis: what cannot be made, for which column and rule, and what to do
 * (most often: give the column's values with {@code Synth.with(column, arbitrary)}).
 */
final class SynthErrors {
  private SynthErrors() {}

  static IllegalArgumentException notARecord(Class<?> type) {
    return new IllegalArgumentException(
        "Synth builds records, but "
            + type.getName()
            + " is not a record. Give Synth.of the RULES of a @Schema record.");
  }

  static IllegalArgumentException unsupportedType(String column, Type type) {
    return new IllegalArgumentException(
        "Synth cannot make values of column "
            + column
            + ": "
            + type.getTypeName()
            + " is not a type jsetl encodes (primitives and their boxes, String, byte[],"
            + " BigDecimal, LocalDate, LocalDateTime, Instant, enums, records, and List, Set and"
            + " Map of these).");
  }

  static IllegalArgumentException unknownColumn(Class<?> type, Rule rule, List<String> columns) {
    return new IllegalArgumentException(
        "Rule "
            + rule.name()
            + " names column "
            + rule.column()
            + ", which "
            + type.getSimpleName()
            + " does not have; its columns are "
            + columns
            + ". Name columns as Spark does (the @Column name), nested ones dotted: address.zip.");
  }

  static IllegalArgumentException unknownOverride(
      Class<?> type, String column, List<String> columns) {
    return new IllegalArgumentException(
        "Synth.with: "
            + type.getSimpleName()
            + " has no column "
            + column
            + "; its columns are "
            + columns
            + ".");
  }

  static IllegalArgumentException tooDeep(Class<?> type) {
    return new IllegalArgumentException(
        "Synth cannot build "
            + type.getName()
            + ": records nest too deep. Does a record contain itself through a collection?");
  }

  static IllegalArgumentException constructorFailed(Class<?> type, Throwable cause) {
    return new IllegalArgumentException(
        "Synth cannot build a "
            + type.getName()
            + " through its canonical constructor: "
            + cause
            + ". If a compact constructor rejects values that the rules allow, give those columns'"
            + " values with synth.with(column, arbitrary).",
        cause);
  }

  static IllegalArgumentException emptyEnum(Class<?> type) {
    return new IllegalArgumentException(
        "Synth cannot make values of enum " + type.getName() + ": it has no constants.");
  }

  static IllegalArgumentException noValidValue(
      ColumnNode node, boolean overridden, @Nullable Object lastRejected) {
    String why =
        overridden
            ? " The values given with Synth.with were rejected, e.g. "
                + shown(node, lastRejected)
                + "."
            : node.unique()
                ? " The column is unique: the rules may allow fewer distinct values than rows."
                : " The rules may leave no value, or none the generator finds.";
    return new IllegalArgumentException(
        "Synth found no valid value for column "
            + node.path()
            + " ("
            + node.type().display()
            + ") in "
            + RowMaker.MAX_ATTEMPTS
            + " tries under its rules "
            + names(node.rules())
            + "."
            + why
            + " Loosen the rules, or give the column's values: "
            + with(node.path())
            + ".");
  }

  static IllegalArgumentException unsupportedRegex(String column, String regex, String construct) {
    return new IllegalArgumentException(
        "Synth cannot generate strings for column "
            + column
            + ": its pattern "
            + regex
            + " uses "
            + construct
            + ", which the generator does not support. Give the column's values: "
            + with(column)
            + ".");
  }

  static IllegalArgumentException cannotBreak(Rule rule, ColumnNode node) {
    return new IllegalArgumentException(
        "Synth cannot make a value of column "
            + node.path()
            + " ("
            + node.type().display()
            + ") that breaks "
            + rule.name()
            + ": every value of that type satisfies it. Choose another rule to break.");
  }

  static IllegalArgumentException notARule(Rule rule, RuleSet<?> rules) {
    return new IllegalArgumentException(
        "Rule "
            + rule.name()
            + " on column "
            + rule.column()
            + " is not one of the rules of "
            + rules.recordType().getSimpleName()
            + "; pass one of its RULES.rules(): "
            + names(rules.rules())
            + ".");
  }

  static IllegalArgumentException cannotSynthesize(Rule rule) {
    String kind = rule instanceof Rule.RowCheck ? "row check" : "dataset check";
    return new IllegalArgumentException(
        "Synth cannot make rows that break "
            + rule.name()
            + ": it is a "
            + kind
            + ", a Spark expression that Synth cannot read. Build such rows by hand, e.g. from"
            + " synth.valid(n, seed) with one component changed.");
  }

  static IllegalArgumentException uniqueNeedsTwoRows(Rule rule) {
    return new IllegalArgumentException(
        "Breaking unique on column "
            + rule.column()
            + " needs duplicates, so at least two rows; ask for n >= 2.");
  }

  static IllegalArgumentException uniqueInOneRow(Rule rule) {
    return new IllegalArgumentException(
        "One row cannot break unique on column "
            + rule.column()
            + ": duplicates need two rows. Use synth.breaking(rule, n, seed), where every value of"
            + " the column occurs at least twice.");
  }

  private static String with(String column) {
    return "synth.with(\"" + column + "\", arbitrary)";
  }

  private static List<String> names(List<Rule> rules) {
    return rules.stream().map(r -> r.column() + ": " + r.name()).toList();
  }

  private static String shown(ColumnNode node, @Nullable Object value) {
    if (value == null) {
      return "null";
    }
    for (Rule r : node.rules()) {
      if (!r.accepts(value)) {
        return r.violation(value).message();
      }
    }
    return node.path() + " = " + value + " (a duplicate)";
  }
}
