package io.jsetl.processor.snapshot;

import io.jsetl.dsl.Rule;
import io.jsetl.processor.model.schema.CheckMethodModel;
import io.jsetl.processor.model.schema.CheckModel;
import io.jsetl.processor.model.schema.CheckRules;
import io.jsetl.processor.model.schema.ColumnModel;
import java.util.ArrayList;
import java.util.List;

/**
 * The names of a schema's rules as reports show them ({@code notNull}, {@code range[0..150]}),
 * listed like the generated {@code RULES}: per column its {@code notNull} (see {@link
 * ColumnModel#checkedNotNull()}), then its checks in the order written; the {@code @Check} methods
 * apart. A nested record's rules are in its own snapshot.
 *
 * <p>Names come from the DSL's own {@link Rule} values, built by {@link CheckRules} as for the
 * generated {@code RULES}, so a snapshot and a validation report never spell a rule differently.
 * Only value rules are built: they need the DSL and nothing else, never Spark, which is not on the
 * processor path.
 */
final class RuleNames {
  private RuleNames() {}

  static List<String> of(ColumnModel column) {
    List<String> names = new ArrayList<>();
    if (column.checkedNotNull()) {
      names.add(new Rule.NotNull(column.column()).name());
    }
    for (CheckModel check : column.checks()) {
      names.addAll(namesOf(column, check));
    }
    return List.copyOf(names);
  }

  static List<String> of(List<CheckMethodModel> methods) {
    return methods.stream().map(CheckMethodModel::ruleName).toList();
  }

  /** Through {@link CheckRules}, the one mapping of checks to rules that {@code RULES} uses. */
  private static List<String> namesOf(ColumnModel column, CheckModel check) {
    return CheckRules.of(column.column(), column, check).stream().map(Rule::name).toList();
  }
}
