package io.jsetl.runtime.testkit.synth;

import io.jsetl.dsl.Rule;
import io.jsetl.dsl.RuleSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

/**
 * The engine behind {@code io.jsetl.runtime.testkit.Synth}, free of jqwik and Spark: rows of a
 * record that satisfy its rules, or that break one of them, deterministic for a seed. Internal: use
 * {@code Synth}.
 *
 * @param <R> the record type
 */
public final class Synthesizer<R> {
  private final RuleSet<R> rules;
  private final RecordModel model;
  private final Map<String, ValueSource> overrides;

  private Synthesizer(RuleSet<R> rules, RecordModel model, Map<String, ValueSource> overrides) {
    this.rules = rules;
    this.model = model;
    this.overrides = Map.copyOf(overrides);
  }

  /**
   * @throws IllegalArgumentException if the record holds a type jsetl does not encode or a rule
   *     names a column the record does not have
   */
  public static <R> Synthesizer<R> of(RuleSet<R> rules) {
    return new Synthesizer<>(rules, RecordModels.of(rules), Map.of());
  }

  /**
   * The same synthesizer, with the values of {@code column} (a rules' column name) from {@code
   * values}.
   */
  public Synthesizer<R> with(String column, ValueSource values) {
    if (model.find(column).isEmpty()) {
      throw SynthErrors.unknownOverride(rules.recordType(), column, model.paths());
    }
    Map<String, ValueSource> more = new LinkedHashMap<>(overrides);
    more.put(column, values);
    return new Synthesizer<>(rules, model, more);
  }

  /** {@code n} rows that satisfy every rule on one value and every {@code Unique}. */
  public List<R> valid(int n, long seed) {
    requireCount(n);
    return inScope(() -> rows(new RowMaker(new Random(seed), n, overrides, null), n));
  }

  /** {@code n} rows that each break {@code rule}, and no other rule where the rules allow. */
  public List<R> breaking(Rule rule, int n, long seed) {
    requireCount(n);
    RowMaker.Target target = target(rule);
    if (rule instanceof Rule.Unique && n < 2) {
      throw SynthErrors.uniqueNeedsTwoRows(rule);
    }
    return inScope(
        () -> {
          RowMaker maker = new RowMaker(new Random(seed), n, overrides, target);
          if (rule instanceof Rule.Unique) {
            maker.prepareDuplicates(target.node());
          }
          return rows(maker, n);
        });
  }

  /** One valid row drawn with {@code random} (for property-based testing). */
  public R validRow(Random random) {
    return cast(new RowMaker(random, 1, overrides, null).row(model, 0));
  }

  /** One row that breaks {@code rule}, drawn with {@code random}. */
  public R breakingRow(Rule rule, Random random) {
    RowMaker.Target target = oneRowTarget(rule);
    return cast(new RowMaker(random, 1, overrides, target).row(model, 0));
  }

  /**
   * Checks that one row can break {@code rule}.
   *
   * @throws IllegalArgumentException if not, saying why
   */
  public void requireBreakableInOneRow(Rule rule) {
    oneRowTarget(rule);
  }

  private RowMaker.Target oneRowTarget(Rule rule) {
    RowMaker.Target target = target(rule);
    if (rule instanceof Rule.Unique) {
      throw SynthErrors.uniqueInOneRow(rule);
    }
    return target;
  }

  private RowMaker.Target target(Rule rule) {
    if (!rules.rules().contains(rule)) {
      throw SynthErrors.notARule(rule, rules);
    }
    if (!rule.checksOneValue() && !(rule instanceof Rule.Unique)) {
      throw SynthErrors.cannotSynthesize(rule);
    }
    ColumnNode node =
        model
            .find(rule.column())
            .orElseThrow(() -> SynthErrors.unknownColumn(rules.recordType(), rule, model.paths()));
    if (rule instanceof Rule.NotNull
        && node.type() instanceof ColumnType.Scalar s
        && s.primitive()) {
      throw SynthErrors.cannotBreak(rule, node);
    }
    return new RowMaker.Target(rule, node);
  }

  private List<R> rows(RowMaker maker, int n) {
    List<R> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(cast(maker.row(model, i)));
    }
    return List.copyOf(out);
  }

  /**
   * Draws from user-given values (jqwik) need their context around the whole synthesis, which may
   * run it twice: {@code synthesis} must start afresh from the seed.
   */
  private <T> T inScope(Supplier<T> synthesis) {
    return overrides.isEmpty()
        ? synthesis.get()
        : overrides.values().iterator().next().around(synthesis);
  }

  private R cast(Object row) {
    return rules.recordType().cast(row);
  }

  private static void requireCount(int n) {
    if (n < 0) {
      throw new IllegalArgumentException("Synth: the number of rows must be 0 or more, was " + n);
    }
  }
}
