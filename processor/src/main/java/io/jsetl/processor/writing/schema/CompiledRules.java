package io.jsetl.processor.writing.schema;

import static io.jsetl.processor.util.ConstantNames.upperSnake;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.NameAllocator;
import io.jsetl.dsl.Rule;
import io.jsetl.processor.model.schema.CheckMethodModel;
import io.jsetl.processor.model.schema.CheckModel;
import io.jsetl.processor.model.schema.CheckRules;
import io.jsetl.processor.model.schema.ColumnModel;
import io.jsetl.processor.model.schema.ColumnType;
import io.jsetl.processor.model.schema.SchemaModel;
import io.jsetl.processor.util.AnnotationValues;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The rules of a record laid out for writing: one private static final field per rule, so that
 * {@code RULES} and {@code violations(x)} share the same instances, and the rules of each column
 * with those of the nested record it holds, for {@code violations(x)}.
 *
 * <p>The order of {@code RULES}: for each component, its {@code NotNull} (see {@link
 * ColumnModel#checkedNotNull()}), then its checks as written, then the rules of the components of
 * the nested {@code @Schema} record it holds directly (not inside a List, Set or Map), at any
 * depth, named by their dotted Spark column path ({@code home.zip_code}); then the {@code @Check}
 * methods. A nested record's rules apply only when the struct is not null. Two of its rules are
 * left out: its {@code @Unique}, which means unique among the rows of a {@code Dataset} of the
 * nested record, not among the rows that embed it; and its {@code @Check} methods, whose Spark
 * {@code Column}s name the nested record's columns as top-level columns, which the outer dataset
 * does not have.
 */
final class CompiledRules {
  /**
   * One rule in its field.
   *
   * @param skippedSource what a rule that {@code violations(x)} skips comes from, for its Javadoc
   *     (the component of a {@code @Unique}, the {@code @Check} method); null for checked ones
   */
  record Field(String name, RuleCode.Expression rule, @Nullable CodeBlock skippedSource) {}

  /**
   * The rules about one column, then the columns of the nested record it holds.
   *
   * @param accessors the accessor chain from the record to the column: {@code [home, zip]}
   */
  record ColumnRules(List<String> accessors, List<Field> rules, List<ColumnRules> nested) {
    /** Whether {@code violations(x)} has anything to check here or below. */
    boolean checksOneValue() {
      return rules.stream().anyMatch(f -> f.rule().checksOneValue())
          || nested.stream().anyMatch(ColumnRules::checksOneValue);
    }
  }

  private final ClassName record;
  private final NameAllocator names = new NameAllocator();
  private final List<Field> fields = new ArrayList<>();
  private final List<ColumnRules> columns = new ArrayList<>();

  private CompiledRules(SchemaModel schema) {
    this.record = schema.recordName();
    // The fields sit beside the typed columns (named like the components) and the constants.
    schema.columns().forEach(c -> names.newName(c.name()));
    List.of("ENCODER", "SCHEMA", "RULES").forEach(names::newName);
    for (ColumnModel column : schema.columns()) {
      columns.add(column(column, "", List.of(), false));
    }
    for (CheckMethodModel method : schema.checkMethods()) {
      add(
          method.methodName(),
          "Check",
          RuleCode.checkMethod(record, method),
          CodeBlock.of("{@link $T#$N()}", record, method.methodName()));
    }
  }

  static CompiledRules of(SchemaModel schema) {
    return new CompiledRules(schema);
  }

  /** Every rule, in the order of {@code RULES}. */
  List<Field> fields() {
    return List.copyOf(fields);
  }

  /** The rules per top-level column. */
  List<ColumnRules> columns() {
    return List.copyOf(columns);
  }

  /**
   * @param pathPrefix the Spark column path of the struct that holds the column, with a dot
   * @param outer the accessors from the record to that struct
   */
  private ColumnRules column(
      ColumnModel column, String pathPrefix, List<String> outer, boolean nested) {
    String path = pathPrefix + column.column();
    List<String> accessors = new ArrayList<>(outer);
    accessors.add(column.name());
    String fieldPrefix = String.join("_", accessors);
    List<Field> rules = new ArrayList<>();
    if (column.checkedNotNull()) {
      rules.add(add(fieldPrefix, "NotNull", RuleCode.of(new Rule.NotNull(path)), null));
    }
    for (CheckModel check : column.checks()) {
      if (nested && check instanceof CheckModel.Unique) {
        continue;
      }
      String annotation = AnnotationValues.simpleName(check.annotation());
      List<Rule> values = CheckRules.of(path, column, check);
      for (int i = 0; i < values.size(); i++) {
        RuleCode.Expression rule = RuleCode.of(values.get(i));
        CodeBlock source =
            rule.checksOneValue()
                ? null
                : CodeBlock.of("uniqueness of {@link $T#$N()}", record, column.name());
        // An annotation's second rule (@Email's regexp) is told apart by its kind.
        String what = i == 0 ? annotation : annotation + "_" + rule.kind();
        rules.add(add(fieldPrefix, what, rule, source));
      }
    }
    List<ColumnRules> inner = new ArrayList<>();
    if (column.type() instanceof ColumnType.Struct struct) {
      for (ColumnModel nestedColumn : struct.columns()) {
        inner.add(column(nestedColumn, path + ".", accessors, true));
      }
    }
    return new ColumnRules(List.copyOf(accessors), rules, inner);
  }

  /**
   * A field named after the component and the annotation that gave the rule, as the user wrote
   * it: {@code AGE_MIN}, {@code HOME_ZIP_PATTERN}, {@code NAME_NOT_NULL}, {@code ADULTS_ONLY_CHECK}.
   */
  private Field add(
      String about, String what, RuleCode.Expression rule, @Nullable CodeBlock skippedSource) {
    Field field =
        new Field(names.newName(upperSnake(about) + "_" + upperSnake(what)), rule, skippedSource);
    fields.add(field);
    return field;
  }
}
