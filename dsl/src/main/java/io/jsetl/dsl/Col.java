package io.jsetl.dsl;

import java.util.Objects;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.functions;
import org.jspecify.annotations.Nullable;

/**
 * A typed column of the {@code @Schema} record {@code R} holding values of type {@code V}. Generated
 * metamodels ({@code Citizen_.age}) expose one per component, so a wrong column name or a comparison
 * with a value of the wrong type does not compile.
 *
 * @param <R> the record the column belongs to
 * @param <V> the Java type of the column's values; comparisons take non-null values (use
 *     {@link #isNull()} for nulls), hence the explicit bound
 */
public final class Col<R, V extends Object> {
  private final String name;
  private final Class<R> owner;

  private Col(Class<R> owner, String name) {
    this.owner = Objects.requireNonNull(owner, "owner");
    this.name = Objects.requireNonNull(name, "name");
  }

  /** Used by generated metamodels. */
  public static <R, V extends Object> Col<R, V> of(Class<R> owner, String name) {
    return new Col<>(owner, name);
  }

  /** The column name in Spark. */
  public String name() {
    return name;
  }

  /** The record this column belongs to. */
  public Class<R> owner() {
    return owner;
  }

  /** The untyped Spark column, for any Spark function. */
  public Column col() {
    return functions.col(quoted());
  }

  /** Sort ascending, nulls first (Spark's default). */
  public Column asc() {
    return col().asc();
  }

  /** Sort descending, nulls last (Spark's default). */
  public Column desc() {
    return col().desc();
  }

  /** Renames the column in a projection. */
  public Column as(String alias) {
    return col().as(alias);
  }

  public Column eq(V value) {
    return col().equalTo(functions.lit(value));
  }

  public Column ne(V value) {
    return col().notEqual(functions.lit(value));
  }

  public Column gt(V value) {
    return col().gt(functions.lit(value));
  }

  public Column ge(V value) {
    return col().geq(functions.lit(value));
  }

  public Column lt(V value) {
    return col().lt(functions.lit(value));
  }

  public Column le(V value) {
    return col().leq(functions.lit(value));
  }

  /** Inclusive on both ends. */
  public Column between(V lower, V upper) {
    return col().between(functions.lit(lower), functions.lit(upper));
  }

  /** Compares with another column of the same value type, of any record. */
  public Column eq(Col<?, V> other) {
    return col().equalTo(other.col());
  }

  public Column isNull() {
    return col().isNull();
  }

  public Column isNotNull() {
    return col().isNotNull();
  }

  @SafeVarargs
  public final Column isin(V... values) {
    // Copied element by element: Spark's isin takes Object..., and a generic array must not escape.
    Object[] literals = new Object[values.length];
    for (int i = 0; i < values.length; i++) {
      literals[i] = values[i];
    }
    return col().isin(literals);
  }

  /** Backquotes the name so that dots and spaces in column names are taken literally. */
  private String quoted() {
    return "`" + name.replace("`", "``") + "`";
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Col<?, ?> c && c.owner.equals(owner) && c.name.equals(name);
  }

  @Override
  public int hashCode() {
    return owner.hashCode() * 31 + name.hashCode();
  }

  @Override
  public String toString() {
    return owner.getSimpleName() + "." + name;
  }
}
