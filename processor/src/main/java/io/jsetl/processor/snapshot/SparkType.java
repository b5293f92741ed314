package io.jsetl.processor.snapshot;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A column type as Spark spells it ({@code bigint}, {@code decimal(10,2)}, {@code array<string>},
 * {@code struct<street:string,zip:string>}): what a snapshot records and what a diff compares. It
 * is the text of Spark's {@code DataType.catalogString}, so a snapshot reads like the schema Spark
 * prints, except that struct field names that are not plain identifiers are quoted with backticks
 * ({@code struct<`zip code`:string>}), which Spark leaves ambiguous.
 */
public sealed interface SparkType {

  /** The type's text, e.g. {@code map<string,int>}. */
  String text();

  /** Parses {@link #text()}; throws {@link IllegalArgumentException} saying what is wrong. */
  static SparkType parse(String text) {
    return new SparkTypeParser(text).parseWhole();
  }

  /** A type without parameters: {@code int}, {@code string}, {@code timestamp_ntz}, ... */
  record Atomic(Name name) implements SparkType {
    public Atomic {
      Objects.requireNonNull(name, "name");
    }

    @Override
    public String text() {
      return name.text();
    }
  }

  /** The parameterless types jsetl columns can have. */
  enum Name {
    BOOLEAN,
    TINYINT,
    SMALLINT,
    INT,
    BIGINT,
    FLOAT,
    DOUBLE,
    STRING,
    BINARY,
    DATE,
    TIMESTAMP,
    TIMESTAMP_NTZ;

    public String text() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  record Decimal(int precision, int scale) implements SparkType {
    @Override
    public String text() {
      return "decimal(" + precision + "," + scale + ")";
    }
  }

  record Array(SparkType element) implements SparkType {
    @Override
    public String text() {
      return "array<" + element.text() + ">";
    }
  }

  record MapOf(SparkType key, SparkType value) implements SparkType {
    @Override
    public String text() {
      return "map<" + key.text() + "," + value.text() + ">";
    }
  }

  /** A nested record: its fields in order. */
  record Struct(List<Field> fields) implements SparkType {
    public Struct {
      fields = List.copyOf(fields);
    }

    @Override
    public String text() {
      return fields.stream().map(Field::text).collect(Collectors.joining(",", "struct<", ">"));
    }
  }

  record Field(String name, SparkType type) {
    /** Names Spark prints as they are; others are quoted like SQL identifiers. */
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    public Field {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(type, "type");
    }

    String text() {
      String quoted = PLAIN.matcher(name).matches() ? name : "`" + name.replace("`", "``") + "`";
      return quoted + ":" + type.text();
    }
  }
}
