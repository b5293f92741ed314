package io.jsetl.runtime.testkit.synth;

import io.jsetl.dsl.Rule;
import io.jsetl.dsl.RuleSet;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a record type and its {@link RuleSet} into a {@link RecordModel}: columns named as the
 * rules name them, nested records recursively, and which columns may be null in valid data.
 */
final class RecordModels {
  /** Deeper than any sensible schema; a record that contains itself would never end. */
  private static final int MAX_DEPTH = 16;

  private final Map<String, List<Rule>> rulesByColumn = new LinkedHashMap<>();

  private RecordModels(RuleSet<?> rules) {
    for (Rule r : rules.rules()) {
      if (r.checksOneValue() || r instanceof Rule.Unique) {
        rulesByColumn.computeIfAbsent(r.column(), c -> new ArrayList<>()).add(r);
      }
    }
  }

  /**
   * The model of {@code rules.recordType()}.
   *
   * @throws IllegalArgumentException if the type is not a record, holds a type jsetl does not
   *     encode, or a rule names a column the record does not have
   */
  static RecordModel of(RuleSet<?> rules) {
    Class<?> type = rules.recordType();
    if (!type.isRecord()) {
      throw SynthErrors.notARecord(type);
    }
    RecordModel model = new RecordModels(rules).build(type, rules.columns(), "", false, 0);
    List<String> paths = model.paths();
    for (Rule r : rules.rules()) {
      if (!r.column().equals("*") && !paths.contains(r.column())) {
        throw SynthErrors.unknownColumn(type, r, paths);
      }
    }
    return model;
  }

  private RecordModel build(
      Class<?> type, List<String> columnNames, String prefix, boolean inCollection, int depth) {
    if (depth > MAX_DEPTH) {
      throw SynthErrors.tooDeep(type);
    }
    RecordComponent[] components = type.getRecordComponents();
    List<String> names =
        columnNames.size() == components.length ? columnNames : componentNames(type);
    List<ColumnNode> columns = new ArrayList<>();
    for (int i = 0; i < components.length; i++) {
      RecordComponent component = components[i];
      String path = prefix + names.get(i);
      ColumnType columnType =
          ColumnType.of(component.getGenericType(), nested(path, inCollection, depth), path);
      List<Rule> rules = inCollection ? List.of() : rulesByColumn.getOrDefault(path, List.of());
      columns.add(
          new ColumnNode(
              path,
              accessible(component.getAccessor()),
              columnType,
              rules,
              mayBeNull(columnType, rules, inCollection),
              Constraints.of(rules, columnType)));
    }
    Class<?>[] parameterTypes =
        Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
    try {
      Constructor<?> constructor = type.getDeclaredConstructor(parameterTypes);
      constructor.setAccessible(true);
      return new RecordModel(type, constructor, columns);
    } catch (NoSuchMethodException | RuntimeException e) {
      throw SynthErrors.constructorFailed(type, e);
    }
  }

  private ColumnType.NestedModels nested(String path, boolean inCollection, int depth) {
    return new ColumnType.NestedModels() {
      @Override
      public RecordModel model(Class<?> recordType) {
        String prefix = inCollection ? path + "[]." : path + ".";
        return build(recordType, generatedColumns(recordType), prefix, inCollection, depth + 1);
      }

      @Override
      public ColumnType.NestedModels inCollection() {
        return nested(path + "[]", true, depth);
      }
    };
  }

  /**
   * Null is valid where no rule forbids it: not for primitives, {@code NotNull} or {@code Unique}
   * columns (a key is never null), nor for a nested record with a non-null column (a null struct
   * has null columns). Inside collections no rule applies; values there are never null.
   */
  private static boolean mayBeNull(ColumnType type, List<Rule> rules, boolean inCollection) {
    if (inCollection
        || (type instanceof ColumnType.Scalar s && s.primitive())
        || rules.stream().anyMatch(r -> r instanceof Rule.NotNull || r instanceof Rule.Unique)) {
      return false;
    }
    return !(type instanceof ColumnType.RecordOf r) || !hasNotNullColumn(r.model());
  }

  private static boolean hasNotNullColumn(RecordModel model) {
    for (ColumnNode c : model.columns()) {
      RecordModel nested = c.nested();
      if (c.rules().stream().anyMatch(r -> r instanceof Rule.NotNull)
          || (nested != null && hasNotNullColumn(nested))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The Spark column names of a nested record's components, which {@code @Column} may rename: read
   * from its generated {@code X_.RULES} ({@code Outer_Inner_} for a member type) when there is one,
   * else the component names. Reflection is fine here: this runs once per {@code Synth}, in tests.
   */
  @SuppressWarnings("nullness:argument") // Field.get takes null for a static field
  private static List<String> generatedColumns(Class<?> recordType) {
    StringBuilder name = new StringBuilder(recordType.getSimpleName());
    for (Class<?> outer = recordType.getEnclosingClass();
        outer != null;
        outer = outer.getEnclosingClass()) {
      name.insert(0, outer.getSimpleName() + "_");
    }
    String packageName = recordType.getPackageName();
    String generated = (packageName.isEmpty() ? "" : packageName + ".") + name + "_";
    try {
      Class<?> x = Class.forName(generated, true, recordType.getClassLoader());
      Field field = x.getField("RULES");
      if (Modifier.isStatic(field.getModifiers()) && field.get(null) instanceof RuleSet<?> rs) {
        return rs.columns();
      }
    } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
      // No generated class (a hand-built RuleSet, or not a @Schema record): component names.
    }
    return List.of();
  }

  private static List<String> componentNames(Class<?> type) {
    return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();
  }

  private static Method accessible(Method accessor) {
    accessor.setAccessible(true);
    return accessor;
  }
}
