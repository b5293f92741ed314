package io.jsetl.processor.writing.schema;

import static io.jsetl.processor.writing.schema.RuntimeTypes.rule;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import io.jsetl.dsl.Rule;
import io.jsetl.processor.model.schema.CheckMethodModel;
import java.util.List;

/**
 * The Java source that recreates a rule: {@code new Rule.X(...)} with the rule's own components,
 * for the value rules {@link io.jsetl.processor.model.schema.CheckRules} builds, and the rules of
 * {@code @Check} methods, which call the method through a method reference.
 */
final class RuleCode {
  private static final ClassName DOUBLE = ClassName.get("java.lang", "Double");
  private static final ClassName INTEGER = ClassName.get("java.lang", "Integer");
  private static final ClassName LIST = ClassName.get("java.util", "List");

  /**
   * A rule expression.
   *
   * @param kind the {@code Rule} record it creates, e.g. {@code NumberRange}
   * @param checksOneValue whether the Java backend decides it from one value
   */
  record Expression(String kind, CodeBlock code, boolean checksOneValue) {}

  private RuleCode() {}

  /** {@code new Rule.NumberRange("age", 0.0, 150.0)} for the value rule {@code rule}. */
  static Expression of(Rule rule) {
    String kind = rule.getClass().getSimpleName();
    CodeBlock arguments;
    if (rule instanceof Rule.NumberRange r) {
      // @Range's inclusive bounds read as written; Jakarta's open bounds need the long form.
      arguments =
          r.minInclusive() && r.maxInclusive()
              ? CodeBlock.of("$S, $L, $L", r.column(), literal(r.min()), literal(r.max()))
              : CodeBlock.of(
                  "$S, $L, $L, $L, $L",
                  r.column(),
                  literal(r.min()),
                  literal(r.max()),
                  r.minInclusive(),
                  r.maxInclusive());
    } else if (rule instanceof Rule.TemporalRange r) {
      arguments = CodeBlock.of("$S, $S, $S", r.column(), r.from(), r.to());
    } else if (rule instanceof Rule.TimeRelative r) {
      arguments = CodeBlock.of("$S, $L, $L", r.column(), r.future(), r.orPresent());
    } else if (rule instanceof Rule.Length l) {
      CodeBlock max =
          l.max() == Integer.MAX_VALUE
              ? CodeBlock.of("$T.MAX_VALUE", INTEGER)
              : CodeBlock.of("$L", l.max());
      arguments = CodeBlock.of("$S, $L, $L", l.column(), l.min(), max);
    } else if (rule instanceof Rule.Pattern p) {
      arguments = CodeBlock.of("$S, $S", p.column(), p.regex());
    } else if (rule instanceof Rule.OneOf o) {
      CodeBlock values =
          o.values().stream().map(v -> CodeBlock.of("$S", v)).collect(CodeBlock.joining(", "));
      arguments = CodeBlock.of("$S, $T.of($L)", o.column(), LIST, values);
    } else if (rule instanceof Rule.NotNull
        || rule instanceof Rule.NotBlank
        || rule instanceof Rule.Email
        || rule instanceof Rule.Unique) {
      arguments = CodeBlock.of("$S", rule.column());
    } else {
      throw new IllegalStateException("Not a value rule: " + rule);
    }
    return new Expression(
        kind, CodeBlock.of("new $T($L)", rule(kind), arguments), rule.checksOneValue());
  }

  /** {@code new Rule.RowCheck("adultsOnly", Citizen::adultsOnly)}, or a {@code DatasetLevel}. */
  static Expression checkMethod(ClassName record, CheckMethodModel method) {
    String kind =
        method.returns() == CheckMethodModel.Returns.DATASET_CHECK ? "DatasetLevel" : "RowCheck";
    return new Expression(
        kind,
        CodeBlock.of(
            "new $T($S, $T::$N)", rule(kind), method.ruleName(), record, method.methodName()),
        false);
  }

  /** A double as Java source; an infinite bound is open and spelled as the constant. */
  private static CodeBlock literal(double d) {
    if (d == Double.POSITIVE_INFINITY) {
      return CodeBlock.of("$T.POSITIVE_INFINITY", DOUBLE);
    }
    if (d == Double.NEGATIVE_INFINITY) {
      return CodeBlock.of("$T.NEGATIVE_INFINITY", DOUBLE);
    }
    return CodeBlock.of("$L", Double.toString(d));
  }
}
