package io.jsetl.processor.snapshot;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How a column's Spark type changed between two snapshots, from the point of view of data written
 * under the old one. Widening keeps every old value exactly (Spark reads old files into the new
 * type); anything else loses values or cannot be read, and breaks the schema's readers. Constants
 * are ordered by severity: a container takes the worst change of its parts.
 */
enum TypeChange {
  SAME("same", false),
  /** Every old value fits exactly: {@code int -> bigint}, {@code float -> double}, ... */
  WIDENED("widened", false),
  /** The reverse of a widening, or a struct field removed. */
  NARROWED("narrowed", true),
  /** A decimal's scale changed: the digits after the point mean something else. */
  RESCALED("scale changed", true),
  /** Types with nothing in common, e.g. {@code string -> int}. */
  INCOMPATIBLE("incompatible", true);

  private final String label;
  private final boolean breaking;

  TypeChange(String label, boolean breaking) {
    this.label = label;
    this.breaking = breaking;
  }

  /** What a diff line says, e.g. {@code narrowed}. */
  String label() {
    return label;
  }

  boolean breaking() {
    return breaking;
  }

  /**
   * The widenings Spark's readers support: an integral type to a longer one, {@code float} to
   * {@code double}, an integral type that a double holds exactly to {@code double}.
   */
  private static final Map<SparkType.Name, Set<SparkType.Name>> WIDER =
      Map.of(
          SparkType.Name.TINYINT,
          Set.of(
              SparkType.Name.SMALLINT,
              SparkType.Name.INT,
              SparkType.Name.BIGINT,
              SparkType.Name.DOUBLE),
          SparkType.Name.SMALLINT,
          Set.of(SparkType.Name.INT, SparkType.Name.BIGINT, SparkType.Name.DOUBLE),
          SparkType.Name.INT,
          Set.of(SparkType.Name.BIGINT, SparkType.Name.DOUBLE),
          SparkType.Name.FLOAT,
          Set.of(SparkType.Name.DOUBLE));

  static TypeChange between(SparkType older, SparkType newer) {
    if (older.equals(newer)) {
      return SAME;
    }
    if (older instanceof SparkType.Atomic o && newer instanceof SparkType.Atomic n) {
      return atomic(o.name(), n.name());
    }
    if (older instanceof SparkType.Decimal o && newer instanceof SparkType.Decimal n) {
      if (o.scale() != n.scale()) {
        return RESCALED;
      }
      return n.precision() > o.precision() ? WIDENED : NARROWED;
    }
    if (older instanceof SparkType.Array o && newer instanceof SparkType.Array n) {
      return between(o.element(), n.element());
    }
    if (older instanceof SparkType.MapOf o && newer instanceof SparkType.MapOf n) {
      return worst(List.of(between(o.key(), n.key()), between(o.value(), n.value())));
    }
    if (older instanceof SparkType.Struct o && newer instanceof SparkType.Struct n) {
      return struct(o, n);
    }
    return INCOMPATIBLE;
  }

  private static TypeChange atomic(SparkType.Name older, SparkType.Name newer) {
    if (WIDER.getOrDefault(older, Set.of()).contains(newer)) {
      return WIDENED;
    }
    if (WIDER.getOrDefault(newer, Set.of()).contains(older)) {
      return NARROWED;
    }
    return INCOMPATIBLE;
  }

  /**
   * Fields match by name (Spark's file readers resolve nested fields by name): a removed field
   * narrows, an added one widens; whether an added field may be null is the nested record's own
   * snapshot's concern.
   */
  private static TypeChange struct(SparkType.Struct older, SparkType.Struct newer) {
    Map<String, SparkType> newFields = byName(newer);
    Map<String, SparkType> oldFields = byName(older);
    List<TypeChange> changes = new ArrayList<>();
    oldFields.forEach(
        (name, type) ->
            changes.add(
                newFields.containsKey(name) ? between(type, newFields.get(name)) : NARROWED));
    if (!oldFields.keySet().containsAll(newFields.keySet())) {
      changes.add(WIDENED);
    }
    return worst(changes);
  }

  private static Map<String, SparkType> byName(SparkType.Struct struct) {
    return struct.fields().stream()
        .collect(
            Collectors.toMap(
                SparkType.Field::name, SparkType.Field::type, (a, b) -> a, LinkedHashMap::new));
  }

  private static TypeChange worst(List<TypeChange> changes) {
    return changes.stream().max(Enum::compareTo).orElse(SAME);
  }
}
