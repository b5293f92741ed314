package io.jsetl.processor.writing.schema;

import static io.jsetl.processor.writing.schema.RuntimeTypes.RULE_SET;
import static io.jsetl.processor.writing.schema.RuntimeTypes.rule;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import io.jsetl.processor.model.schema.CheckMethodModel;
import io.jsetl.processor.model.schema.CheckModel;
import io.jsetl.processor.model.schema.ColumnModel;
import io.jsetl.processor.model.schema.SchemaModel;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code RULES}: the compiled checks, in declaration order. For each component: first its implicit
 * {@code NotNull} (every column that is neither {@code @Nullable} nor primitive; a primitive cannot
 * be null, so it gets none), then its check annotations in the order written; then the
 * {@code @Check} methods. Nested records contribute nothing: their own {@code RULES} hold their
 * checks.
 */
final class RuleCode {
  private static final ClassName DOUBLE = ClassName.get("java.lang", "Double");
  private static final ClassName INTEGER = ClassName.get("java.lang", "Integer");
  private static final ClassName LIST = ClassName.get("java.util", "List");

  private RuleCode() {}

  /** {@code RuleSet.of(Citizen.class, rules...)}. */
  static CodeBlock ruleSet(SchemaModel schema) {
    List<CodeBlock> rules = new ArrayList<>();
    for (ColumnModel column : schema.columns()) {
      if (!column.nullable() && !column.type().isPrimitive()) {
        rules.add(CodeBlock.of("new $T($S)", rule("NotNull"), column.column()));
      }
      for (CheckModel check : column.checks()) {
        rules.add(checkRule(column, check));
      }
    }
    for (CheckMethodModel method : schema.checkMethods()) {
      String kind =
          method.returns() == CheckMethodModel.Returns.DATASET_CHECK ? "DatasetLevel" : "RowCheck";
      rules.add(
          CodeBlock.of(
              "new $T($S, $T::$N)",
              rule(kind),
              method.ruleName(),
              schema.recordName(),
              method.methodName()));
    }
    CodeBlock.Builder code =
        CodeBlock.builder().add("$T.of($T.class", RULE_SET, schema.recordName());
    if (!rules.isEmpty()) {
      code.add(",\n$>$>").add(CodeBlock.join(rules, ",\n")).add("$<$<");
    }
    return code.add(")").build();
  }

  private static CodeBlock checkRule(ColumnModel column, CheckModel check) {
    String name = column.column();
    if (check instanceof CheckModel.Range r) {
      // The model keeps one @Range; the column's type decides which bounds apply (validated).
      return column.type().isTemporal()
          ? CodeBlock.of("new $T($S, $S, $S)", rule("TemporalRange"), name, r.from(), r.to())
          : CodeBlock.of(
              "new $T($S, $L, $L)",
              rule("NumberRange"),
              name,
              doubleLiteral(r.min()),
              doubleLiteral(r.max()));
    } else if (check instanceof CheckModel.Length l) {
      CodeBlock max =
          l.max() == Integer.MAX_VALUE
              ? CodeBlock.of("$T.MAX_VALUE", INTEGER)
              : CodeBlock.of("$L", l.max());
      return CodeBlock.of("new $T($S, $L, $L)", rule("Length"), name, l.min(), max);
    } else if (check instanceof CheckModel.NotBlank) {
      return CodeBlock.of("new $T($S)", rule("NotBlank"), name);
    } else if (check instanceof CheckModel.Pattern p) {
      return CodeBlock.of("new $T($S, $S)", rule("Pattern"), name, p.regex());
    } else if (check instanceof CheckModel.OneOf o) {
      CodeBlock values =
          o.values().stream().map(v -> CodeBlock.of("$S", v)).collect(CodeBlock.joining(", "));
      return CodeBlock.of("new $T($S, $T.of($L))", rule("OneOf"), name, LIST, values);
    } else if (check instanceof CheckModel.Unique) {
      return CodeBlock.of("new $T($S)", rule("Unique"), name);
    }
    throw new IllegalStateException("Unknown check: " + check);
  }

  /** A double as Java source; an infinite bound is open and spelled as the constant. */
  private static CodeBlock doubleLiteral(double d) {
    if (d == Double.POSITIVE_INFINITY) {
      return CodeBlock.of("$T.POSITIVE_INFINITY", DOUBLE);
    }
    if (d == Double.NEGATIVE_INFINITY) {
      return CodeBlock.of("$T.NEGATIVE_INFINITY", DOUBLE);
    }
    return CodeBlock.of("$L", Double.toString(d));
  }
}
