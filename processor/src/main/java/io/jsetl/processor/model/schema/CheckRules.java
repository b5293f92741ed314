package io.jsetl.processor.model.schema;

import io.jsetl.dsl.Rule;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * What each check compiles to: the DSL's own {@link Rule} values, built here once so that the
 * generated {@code RULES}, schema snapshots and reports never spell a rule differently. jsetl's
 * annotations and Jakarta's constraints give the same kinds ({@code @Size} a {@code Length},
 * {@code @Positive} an exclusive {@code NumberRange}, {@code @AssertTrue} a {@code OneOf} of
 * {@code "true"}). Only rules about values are built here; {@code @Check} methods become rules that
 * call them, which only generated code can hold.
 */
public final class CheckRules {
  private CheckRules() {}

  /**
   * The rules of one check on {@code column} (the Spark column, a dotted path inside a nested
   * record): none for {@code NotNull}, folded into the column's one {@code NotNull} ({@link
   * ColumnModel#checkedNotNull()}), and none for what is not checked; two for an {@code @Email}
   * with a {@code regexp}. Only for validated checks: a bad bound would throw here.
   */
  public static List<Rule> of(String column, ColumnModel model, CheckModel check) {
    List<Rule> out = new ArrayList<>();
    if (check instanceof CheckModel.Range r) {
      // The model keeps one @Range; the column's type decides which bounds apply (validated).
      out.add(
          model.type().isTemporal()
              ? new Rule.TemporalRange(column, r.from(), r.to())
              : new Rule.NumberRange(column, r.min(), r.max()));
    } else if (check instanceof CheckModel.NumberBound b) {
      double bound = new BigDecimal(b.value()).doubleValue();
      out.add(
          b.lower()
              ? new Rule.NumberRange(column, bound, Double.POSITIVE_INFINITY, b.inclusive(), true)
              : new Rule.NumberRange(column, Double.NEGATIVE_INFINITY, bound, true, b.inclusive()));
    } else if (check instanceof CheckModel.Length l) {
      out.add(new Rule.Length(column, l.min(), l.max()));
    } else if (check instanceof CheckModel.NotBlank) {
      out.add(new Rule.NotBlank(column));
    } else if (check instanceof CheckModel.Pattern p) {
      out.add(new Rule.Pattern(column, p.ruleRegex()));
    } else if (check instanceof CheckModel.Email e) {
      out.add(new Rule.Email(column));
      e.alsoMatches().ifPresent(p -> out.add(new Rule.Pattern(column, p.ruleRegex())));
    } else if (check instanceof CheckModel.OneOf o) {
      out.add(new Rule.OneOf(column, o.values()));
    } else if (check instanceof CheckModel.Assert a) {
      out.add(new Rule.OneOf(column, List.of(Boolean.toString(a.expected()))));
    } else if (check instanceof CheckModel.TimeRelative t) {
      out.add(new Rule.TimeRelative(column, t.future(), t.orPresent()));
    } else if (check instanceof CheckModel.Unique) {
      out.add(new Rule.Unique(column));
    } else if (!(check instanceof CheckModel.NotNull || check instanceof CheckModel.Unchecked)) {
      throw new IllegalStateException("No rule for check " + check);
    }
    return out;
  }
}
