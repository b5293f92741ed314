package io.jsetl.processor.writing.schema;

import static io.jsetl.processor.writing.schema.RuntimeTypes.VIOLATION;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * {@code violations(x)}, the Java backend of {@code RULES}: plain Java with direct accessor calls,
 * no reflection and no Spark, so services and unit tests check a record with the same rule
 * instances the Spark backend uses. For each rule that decides one value:
 *
 * <pre>
 * if (!AGE_NUMBER_RANGE.accepts(value.age())) {
 *   out.add(AGE_NUMBER_RANGE.violation(value.age()));
 * }
 * </pre>
 *
 * A nested record's rules are checked inside {@code if (value.home() != null)}.
 */
final class ViolationsCode {
  private static final ClassName LIST = ClassName.get("java.util", "List");
  private static final ClassName ARRAY_LIST = ClassName.get("java.util", "ArrayList");
  private static final String VALUE = "value";
  private static final String OUT = "out";

  private ViolationsCode() {}

  static MethodSpec method(ClassName record, CompiledRules rules) {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder("violations")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(ParameterizedTypeName.get(LIST, VIOLATION))
            .addParameter(record, VALUE)
            .addJavadoc(javadoc(rules))
            .addStatement("$T<$T> $N = new $T<>()", LIST, VIOLATION, OUT, ARRAY_LIST);
    for (CompiledRules.ColumnRules column : rules.columns()) {
      method.addCode(checks(column));
    }
    return method.addStatement("return $N", OUT).build();
  }

  private static CodeBlock checks(CompiledRules.ColumnRules column) {
    CodeBlock.Builder code = CodeBlock.builder();
    CodeBlock value = accessorChain(column.accessors());
    for (CompiledRules.Field field : column.rules()) {
      if (field.rule().checksOneValue()) {
        code.beginControlFlow("if (!$N.accepts($L))", field.name(), value)
            .addStatement("$N.add($N.violation($L))", OUT, field.name(), value)
            .endControlFlow();
      }
    }
    List<CompiledRules.ColumnRules> nested =
        column.nested().stream().filter(CompiledRules.ColumnRules::checksOneValue).toList();
    if (!nested.isEmpty()) {
      code.beginControlFlow("if ($L != null)", value);
      nested.forEach(n -> code.add(checks(n)));
      code.endControlFlow();
    }
    return code.build();
  }

  /** {@code value.home().zip()}. */
  private static CodeBlock accessorChain(List<String> accessors) {
    CodeBlock.Builder chain = CodeBlock.builder().add("$N", VALUE);
    accessors.forEach(a -> chain.add(".$N()", a));
    return chain.build();
  }

  private static CodeBlock javadoc(CompiledRules rules) {
    CodeBlock.Builder doc =
        CodeBlock.builder()
            .add(
                "Checks {@code $N} against {@link #RULES} in plain Java, without Spark: each rule"
                    + " that\ndecides one value, with the same rule instances (hence the same"
                    + " verdicts) as the\nSpark backend. A nested record's rules are checked when"
                    + " it is not null.\n",
                VALUE);
    List<CodeBlock> skipped =
        rules.fields().stream()
            .filter(f -> !f.rule().checksOneValue())
            .map(CompiledRules.Field::skippedSource)
            .toList();
    doc.add(
        "\n<p>Rules over several rows or needing Spark ({@code Unique}, {@code RowCheck},"
            + " {@code\nDatasetLevel}) are not checked here");
    if (skipped.isEmpty()) {
      doc.add(".\n");
    } else {
      doc.add(":\n$L.\n", CodeBlock.join(skipped, ",\n"));
    }
    return doc.add(
            "\n@return one violation per broken rule, in the order of {@code RULES}; empty when"
                + " the\n    record is valid\n")
        .build();
  }
}
