package io.jsetl.runtime.wiring;

import java.util.Objects;

/**
 * Identifies a deliverable: its full generic type, as the processor spells it
 * ({@code org.apache.spark.sql.Dataset<com.acme.Citizen>}), and its id ({@code ""} is the default).
 * {@code Dataset<Citizen>} and {@code Dataset<Person>} are different keys.
 */
public record Key(String type, String id) implements Comparable<Key> {
  public Key {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(id, "id");
  }

  public static Key of(String type, String id) {
    return new Key(type, id);
  }

  public static Key of(String type) {
    return new Key(type, "");
  }

  /** The type with package names dropped, e.g. {@code Dataset<Citizen>}. */
  public String simpleType() {
    return type.replaceAll("\\b[a-z_][\\w]*\\.", "");
  }

  /** For messages and diagrams: {@code Dataset<Citizen>} or {@code Dataset<Citizen> "adults"}. */
  public String display() {
    return id.isEmpty() ? simpleType() : simpleType() + " \"" + id + "\"";
  }

  @Override
  public int compareTo(Key o) {
    int c = type.compareTo(o.type);
    return c != 0 ? c : id.compareTo(o.id);
  }

  @Override
  public String toString() {
    return display();
  }
}
