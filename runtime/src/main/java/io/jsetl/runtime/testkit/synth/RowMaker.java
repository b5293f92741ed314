package io.jsetl.runtime.testkit.synth;

import io.jsetl.dsl.Rule;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Makes the rows of one synthesis, all from one {@link Random}: every column value is a candidate
 * that the column's rules (their Java backend) accept, distinct from earlier rows in a unique
 * column; with a {@link Target}, the target column instead gets values that break the target rule,
 * and the records around it are never null, so that the broken value is seen.
 */
final class RowMaker implements Draw {
  /** Candidates tried for one value before giving up with an error that says why. */
  static final int MAX_ATTEMPTS = 1000;

  /** The share of nulls in a column that may be null. */
  private static final double NULL_SHARE = 0.1;

  /**
   * The rule to break and its column; for {@link Rule.Unique}, {@code duplicates} are the column's
   * values, row by row, each occurring at least twice.
   */
  record Target(Rule rule, ColumnNode node) {}

  private final Random random;
  private final int rows;
  private final Map<String, ValueSource> overrides;
  private final @Nullable Target target;
  private final Map<String, Set<Object>> seen = new HashMap<>();
  private List<@Nullable Object> duplicates = List.of();

  /** Set once no value both breaks the target and satisfies the column's other rules. */
  private boolean othersUnsatisfiable;

  private int row;

  RowMaker(Random random, int rows, Map<String, ValueSource> overrides, @Nullable Target target) {
    this.random = random;
    this.rows = rows;
    this.overrides = overrides;
    this.target = target;
  }

  @Override
  public Random random() {
    return random;
  }

  @Override
  public int rows() {
    return rows;
  }

  /** Row {@code index} of the synthesis. */
  Object row(RecordModel model, int index) {
    row = index;
    return record(model);
  }

  /** Draws the values that {@code rows} rows breaking {@link Rule.Unique} share in pairs. */
  void prepareDuplicates(ColumnNode node) {
    int distinct = Math.max(1, rows / 2);
    List<@Nullable Object> pool = new ArrayList<>();
    for (int i = 0; i < distinct; i++) {
      pool.add(valid(node));
    }
    List<@Nullable Object> values = new ArrayList<>();
    for (int i = 0; i < rows; i++) {
      values.add(pool.get(Math.min(i / 2, distinct - 1)));
    }
    duplicates = values;
  }

  @Override
  public Object record(RecordModel model) {
    List<ColumnNode> columns = model.columns();
    @Nullable Object[] values = new Object[columns.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = value(columns.get(i));
    }
    return model.construct(values);
  }

  private @Nullable Object value(ColumnNode node) {
    Target t = target;
    if (t != null) {
      if (node.path().equals(t.node().path())) {
        return breaking(t.rule(), node);
      }
      RecordModel nested = node.nested();
      if (nested != null && t.node().path().startsWith(node.path() + ".")) {
        return record(nested);
      }
    }
    if (node.nullable() && random.nextDouble() < NULL_SHARE) {
      return null;
    }
    return valid(node);
  }

  /** A value every rule of the column accepts, new in a unique column. */
  @Nullable Object valid(ColumnNode node) {
    @Nullable Object last = null;
    for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      Object v = candidate(node, attempt);
      if (node.accepts(v) && fresh(node, v)) {
        remember(node, v);
        return v;
      }
      last = v;
    }
    throw SynthErrors.noValidValue(node, overrides.containsKey(node.path()), last);
  }

  private @Nullable Object candidate(ColumnNode node, int attempt) {
    ValueSource source = overrides.get(node.path());
    if (source != null) {
      return source.draw(random);
    }
    RecordModel nested = node.nested();
    if (nested != null) {
      return record(nested);
    }
    try {
      return Values.candidate(node.type(), node.constraints(), this, attempt);
    } catch (RegexParser.Unsupported e) {
      throw SynthErrors.unsupportedRegex(node.path(), e.regex(), String.valueOf(e.getMessage()));
    }
  }

  /**
   * A value that {@code rule} rejects: first one that the column's other rules accept (new in a
   * unique column), then, if the rules leave none, any value that breaks {@code rule}.
   */
  private @Nullable Object breaking(Rule rule, ColumnNode node) {
    if (rule instanceof Rule.Unique) {
      return duplicates.get(row);
    } else if (rule instanceof Rule.NotNull) {
      return null;
    }
    List<Rule> others = new ArrayList<>(node.rules());
    others.remove(rule);
    Constraints aim = Constraints.of(others, node.type());
    for (int attempt = 0; attempt < MAX_ATTEMPTS && !othersUnsatisfiable; attempt++) {
      Object v = Breaking.candidate(rule, node.type(), aim, this, attempt, () -> validOrNull(node));
      if (!rule.accepts(v) && others.stream().allMatch(r -> r.accepts(v)) && fresh(node, v)) {
        remember(node, v);
        return v;
      }
    }
    othersUnsatisfiable = true; // the next rows need not search again
    for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      Object v = Breaking.candidate(rule, node.type(), Constraints.NONE, this, attempt, () -> null);
      if (!rule.accepts(v)) {
        return v;
      }
    }
    throw SynthErrors.cannotBreak(rule, node);
  }

  /** A candidate the column's rules accept, without taking it; null if none comes quickly. */
  private @Nullable Object validOrNull(ColumnNode node) {
    for (int attempt = 0; attempt < 10; attempt++) {
      try {
        Object v = candidate(node, attempt);
        if (node.accepts(v)) {
          return v;
        }
      } catch (IllegalArgumentException e) {
        return null; // e.g. a pattern beyond the generator: other candidates remain
      }
    }
    return null;
  }

  private boolean fresh(ColumnNode node, @Nullable Object v) {
    if (v == null || !node.unique()) {
      return true;
    }
    Set<Object> values = seen.get(node.path());
    return values == null || !values.contains(key(v));
  }

  private void remember(ColumnNode node, @Nullable Object v) {
    if (v != null && node.unique()) {
      seen.computeIfAbsent(node.path(), p -> new HashSet<>()).add(key(v));
    }
  }

  /** Values equal as Spark compares them: bytes by content, -0.0 as 0.0, decimals by value. */
  private static Object key(Object v) {
    if (v instanceof byte[] b) {
      return HexFormat.of().formatHex(b);
    } else if (v instanceof Double d) {
      return d == 0.0 ? 0.0 : d;
    } else if (v instanceof Float f) {
      return f == 0.0f ? 0.0f : f;
    } else if (v instanceof BigDecimal d) {
      return d.signum() == 0 ? BigDecimal.ZERO : d.stripTrailingZeros();
    }
    return v;
  }
}
