package io.jsetl.runtime.testkit.synth;

import io.jsetl.dsl.Rule;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One component of a record, as the synthesizer sees it.
 *
 * @param path the rules' name of the column: its Spark column name, dotted below nested records
 *     ({@code address.zip}); inside a collection, the collection's path and {@code []}
 * @param accessor the record's accessor of the component
 * @param type what the component holds
 * @param rules the rules about this column that {@linkplain Rule#checksOneValue() check one value},
 *     plus {@link Rule.Unique}
 * @param nullable whether valid data may hold null here
 * @param constraints what {@code rules} ask of a value, for the generators
 */
record ColumnNode(
    String path,
    Method accessor,
    ColumnType type,
    List<Rule> rules,
    boolean nullable,
    Constraints constraints) {
  ColumnNode {
    rules = List.copyOf(rules);
  }

  boolean unique() {
    return rules.stream().anyMatch(r -> r instanceof Rule.Unique);
  }

  /** The nested record's model, or null when the column is not a record. */
  @Nullable RecordModel nested() {
    return type instanceof ColumnType.RecordOf r ? r.model() : null;
  }

  /** The component's value in {@code record}; null when {@code record} is null, as in Spark. */
  @Nullable Object valueIn(@Nullable Object record) {
    if (record == null) {
      return null;
    }
    try {
      return accessor.invoke(record);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + path + " of " + record.getClass(), e);
    }
  }

  /**
   * Whether {@code value} satisfies every rule of this column and, for a nested record, of its
   * columns (a null record has null columns, as a null struct has in Spark).
   */
  boolean accepts(@Nullable Object value) {
    for (Rule r : rules) {
      if (!r.accepts(value)) {
        return false;
      }
    }
    RecordModel nested = nested();
    if (nested != null) {
      for (ColumnNode child : nested.columns()) {
        if (!child.accepts(child.valueIn(value))) {
          return false;
        }
      }
    }
    return true;
  }
}
