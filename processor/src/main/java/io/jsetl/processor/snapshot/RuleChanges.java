package io.jsetl.processor.snapshot;

import io.jsetl.processor.snapshot.SchemaChange.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Rule differences of one column (or of the record): removed and added rule names, with a removed
 * and an added rule of the same kind ({@code range[0..150]}, {@code range[0..120]}) shown as one
 * change. Never breaking: a rule is checked on every read, and rows that break it are handled as
 * {@code @Validate} says, so old data still fits the schema's shape.
 */
final class RuleChanges {
  private RuleChanges() {}

  /**
   * @param column the change's column ({@link SchemaChange#RECORD} for record rules)
   * @param prefix what each line starts with: {@code age: } or {@code record }
   */
  static void between(
      String column,
      String prefix,
      List<String> older,
      List<String> newer,
      List<SchemaChange> out) {
    List<String> removed = minus(older, newer);
    List<String> added = minus(newer, older);
    for (String rule : removed) {
      Optional<String> replacement = added.stream().filter(a -> sameKind(rule, a)).findFirst();
      if (replacement.isPresent()) {
        added.remove(replacement.get());
        out.add(
            change(
                Kind.RULE_CHANGED, column, prefix + "rule " + rule + " -> " + replacement.get()));
      } else {
        out.add(change(Kind.RULE_REMOVED, column, prefix + "rule removed " + rule));
      }
    }
    for (String rule : added) {
      out.add(change(Kind.RULE_ADDED, column, prefix + "rule added " + rule));
    }
  }

  private static SchemaChange change(Kind kind, String column, String detail) {
    return new SchemaChange(kind, column, detail, "", false);
  }

  /** {@code from} without one occurrence of each element of {@code other}, in order. */
  private static List<String> minus(List<String> from, List<String> other) {
    List<String> rest = new ArrayList<>(from);
    for (String rule : other) {
      rest.remove(rule);
    }
    return rest;
  }

  /**
   * Whether both rules are of one parameterised kind: the same name before {@code [} or {@code (}
   * ({@code range[0..150]} and {@code range[0..120]}). Names without parameters, such as those of
   * {@code @Check} methods, are never paired.
   */
  private static boolean sameKind(String a, String b) {
    String kind = kind(a);
    return kind != null && kind.equals(kind(b));
  }

  private static @Nullable String kind(String rule) {
    int end = 0;
    while (end < rule.length() && Character.isLetter(rule.charAt(end))) {
      end++;
    }
    boolean parameterised =
        end > 0 && end < rule.length() && (rule.charAt(end) == '[' || rule.charAt(end) == '(');
    return parameterised ? rule.substring(0, end) : null;
  }
}
