package io.jsetl.processor.snapshot;

import io.jsetl.processor.snapshot.SchemaChange.Kind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The differences between an older and a newer snapshot of a schema, and which of them break it: a
 * removed (or renamed) column, a narrowed or incompatible type, a column that becomes non-null, a
 * new non-null column. Adding a nullable column, widening a type, allowing null and changing rules
 * do not: data written under the older schema still fits the newer one (rules are checked on every
 * read, where old rows that break a new rule are reported like any other).
 *
 * <p>Columns match by Spark name: a renamed column is a removed one plus an added one, marked
 * {@code renamed?} when their types match.
 */
public final class SchemaDiff {
  private final List<SchemaChange> changes;

  private SchemaDiff(List<SchemaChange> changes) {
    this.changes = List.copyOf(changes);
  }

  /**
   * The changes from {@code older} to {@code newer}. Their column types must be valid {@link
   * SparkType} text, as {@link SnapshotJson#read} and the processor guarantee.
   */
  public static SchemaDiff between(SchemaSnapshot older, SchemaSnapshot newer) {
    List<SchemaChange> changes = new ArrayList<>();
    if (!older.record().equals(newer.record())) {
      changes.add(
          record(Kind.RECORD_RENAMED, "record " + older.record() + " -> " + newer.record()));
    }
    if (older.version() != newer.version()) {
      changes.add(
          record(Kind.VERSION_CHANGED, "version " + older.version() + " -> " + newer.version()));
    }
    Map<String, SchemaSnapshot.Column> oldColumns = byName(older);
    Map<String, SchemaSnapshot.Column> newColumns = byName(newer);
    Renames renames = new Renames(older, newer, oldColumns, newColumns);
    for (SchemaSnapshot.Column old : older.columns()) {
      SchemaSnapshot.Column now = newColumns.get(old.name());
      if (now == null) {
        changes.add(
            new SchemaChange(
                Kind.COLUMN_REMOVED,
                old.name(),
                "removed column " + old.name(),
                renames.to(old.name()),
                true));
      } else {
        compare(old, now, changes);
      }
    }
    for (SchemaSnapshot.Column now : newer.columns()) {
      if (!oldColumns.containsKey(now.name())) {
        changes.add(
            new SchemaChange(
                Kind.COLUMN_ADDED,
                now.name(),
                "added " + nullability(now.nullable()) + " column " + now.name(),
                renames.from(now.name()),
                !now.nullable()));
      }
    }
    order(older, newer, oldColumns, newColumns, changes);
    RuleChanges.between(SchemaChange.RECORD, "record ", older.rules(), newer.rules(), changes);
    return new SchemaDiff(changes);
  }

  /** Every change, in a fixed order: record, version, old columns, added columns, order, rules. */
  public List<SchemaChange> changes() {
    return changes;
  }

  /** Whether any change breaks the schema. */
  public boolean breaking() {
    return changes.stream().anyMatch(SchemaChange::breaking);
  }

  public List<SchemaChange> breakingChanges() {
    return changes.stream().filter(SchemaChange::breaking).toList();
  }

  /** One line per change ({@link SchemaChange#line()}), or {@code no changes}. */
  public String render() {
    if (changes.isEmpty()) {
      return "no changes\n";
    }
    return changes.stream().map(c -> c.line() + "\n").collect(Collectors.joining());
  }

  @Override
  public String toString() {
    return render();
  }

  private static void compare(
      SchemaSnapshot.Column old, SchemaSnapshot.Column now, List<SchemaChange> changes) {
    String name = old.name();
    TypeChange type = TypeChange.between(SparkType.parse(old.type()), SparkType.parse(now.type()));
    if (type != TypeChange.SAME) {
      changes.add(
          new SchemaChange(
              Kind.TYPE_CHANGED,
              name,
              name + ": " + old.type() + " -> " + now.type(),
              type.label(),
              type.breaking()));
    }
    List<String> oldRules = old.rules();
    List<String> newRules = now.rules();
    if (old.nullable() != now.nullable()) {
      changes.add(
          new SchemaChange(
              Kind.NULLABILITY_CHANGED,
              name,
              name + ": " + nullability(old.nullable()) + " -> " + nullability(now.nullable()),
              "",
              old.nullable()));
      // The notNull rule follows nullability; the line above already says it.
      oldRules = withoutNotNull(oldRules);
      newRules = withoutNotNull(newRules);
    }
    RuleChanges.between(name, name + ": ", oldRules, newRules, changes);
  }

  private static void order(
      SchemaSnapshot older,
      SchemaSnapshot newer,
      Map<String, SchemaSnapshot.Column> oldColumns,
      Map<String, SchemaSnapshot.Column> newColumns,
      List<SchemaChange> changes) {
    List<String> before =
        older.columns().stream()
            .map(SchemaSnapshot.Column::name)
            .filter(newColumns::containsKey)
            .toList();
    List<String> after =
        newer.columns().stream()
            .map(SchemaSnapshot.Column::name)
            .filter(oldColumns::containsKey)
            .toList();
    if (!before.equals(after)) {
      changes.add(
          new SchemaChange(
              Kind.COLUMNS_REORDERED,
              SchemaChange.RECORD,
              "column order " + String.join(", ", before) + " -> " + String.join(", ", after),
              "matters only to readers by position, such as CSV",
              false));
    }
  }

  private static SchemaChange record(Kind kind, String detail) {
    return new SchemaChange(kind, SchemaChange.RECORD, detail, "", false);
  }

  private static String nullability(boolean nullable) {
    return nullable ? "nullable" : "non-null";
  }

  private static List<String> withoutNotNull(List<String> rules) {
    return rules.stream().filter(r -> !r.equals("notNull")).toList();
  }

  private static Map<String, SchemaSnapshot.Column> byName(SchemaSnapshot snapshot) {
    Map<String, SchemaSnapshot.Column> columns = new LinkedHashMap<>();
    snapshot.columns().forEach(c -> columns.put(c.name(), c));
    return columns;
  }

  /**
   * Removed and added columns of the same type, paired in column order: likely renames, which the
   * diff cannot tell from a removal plus an addition, so it only suggests them.
   */
  private static final class Renames {
    private final Map<String, String> oldToNew = new LinkedHashMap<>();

    Renames(
        SchemaSnapshot older,
        SchemaSnapshot newer,
        Map<String, SchemaSnapshot.Column> oldColumns,
        Map<String, SchemaSnapshot.Column> newColumns) {
      List<SchemaSnapshot.Column> added =
          new ArrayList<>(
              newer.columns().stream().filter(c -> !oldColumns.containsKey(c.name())).toList());
      for (SchemaSnapshot.Column removed : older.columns()) {
        if (newColumns.containsKey(removed.name())) {
          continue;
        }
        added.stream()
            .filter(c -> c.type().equals(removed.type()))
            .findFirst()
            .ifPresent(
                match -> {
                  oldToNew.put(removed.name(), match.name());
                  added.remove(match);
                });
      }
    }

    /** {@code renamed to x?} for a removed column, else empty. */
    String to(String removed) {
      String name = oldToNew.get(removed);
      return name == null ? "" : "renamed to " + name + "?";
    }

    /** {@code renamed from x?} for an added column, else empty. */
    String from(String added) {
      return oldToNew.entrySet().stream()
          .filter(e -> e.getValue().equals(added))
          .map(e -> "renamed from " + e.getKey() + "?")
          .findFirst()
          .orElse("");
    }
  }
}
