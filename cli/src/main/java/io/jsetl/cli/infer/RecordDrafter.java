package io.jsetl.cli.infer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.BinaryType;
import org.apache.spark.sql.types.BooleanType;
import org.apache.spark.sql.types.ByteType;
import org.apache.spark.sql.types.CharType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DateType;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.DoubleType;
import org.apache.spark.sql.types.FloatType;
import org.apache.spark.sql.types.IntegerType;
import org.apache.spark.sql.types.LongType;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.NullType;
import org.apache.spark.sql.types.ShortType;
import org.apache.spark.sql.types.StringType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.types.TimestampNTZType;
import org.apache.spark.sql.types.TimestampType;
import org.apache.spark.sql.types.VarcharType;
import org.jspecify.annotations.Nullable;

/**
 * Drafts the record of a sample: one component per column, with the Java type of its Spark type,
 * {@code @Nullable} where a null was seen, {@code @Column} where the Java name differs, the
 * suggested checks, and a nested record per struct.
 */
final class RecordDrafter {
  /**
   * Simple names a nested record must not take: the file imports them, or uses them from java.lang,
   * and a member type of that name would shadow them inside the top record.
   */
  private static final Set<String> USED_TYPE_NAMES =
      Set.of(
          "Schema",
          "Column",
          "Range",
          "Length",
          "NotBlank",
          "OneOf",
          "Decimal",
          "Nullable",
          "BigDecimal",
          "LocalDate",
          "LocalDateTime",
          "Instant",
          "List",
          "Map",
          "Object",
          "String",
          "Boolean",
          "Byte",
          "Short",
          "Integer",
          "Long",
          "Float",
          "Double",
          "Record",
          "Override",
          "Deprecated",
          "SuppressWarnings");

  private static final String NULLABLE = "org.jspecify.annotations.Nullable";

  private final SampleProfile profile;
  private final CheckSuggester checks;
  private final Imports imports = new Imports();
  private final NameScope typeNames;
  private final List<RecordDraft> nested = new ArrayList<>();
  private final List<String> leftOut = new ArrayList<>();

  private RecordDrafter(String topName, SampleProfile profile, int oneOfMax) {
    this.profile = profile;
    this.checks = new CheckSuggester(oneOfMax);
    this.typeNames = new NameScope(USED_TYPE_NAMES);
    typeNames.claim(topName);
  }

  /** The draft of the whole source; {@code header} is the comment on top. */
  static SourceDraft draft(
      String packageName,
      String name,
      StructType schema,
      SampleProfile profile,
      int oneOfMax,
      List<String> header) {
    RecordDrafter drafter = new RecordDrafter(name, profile, oneOfMax);
    RecordDraft top = drafter.record(name, schema, List.of());
    return new SourceDraft(
        packageName, header, drafter.leftOut, drafter.imports.all(), top, drafter.nested);
  }

  /**
   * @param path where the struct's fields were profiled; null inside arrays and maps, whose fields
   *     were not (their nullability comes from the schema and they get no checks)
   */
  private RecordDraft record(String name, StructType struct, @Nullable List<String> path) {
    imports.dsl("Schema");
    NameScope componentNames = new NameScope(Set.of());
    List<RecordDraft.Component> components = new ArrayList<>();
    for (StructField field : struct.fields()) {
      component(field, componentNames, path).ifPresent(components::add);
    }
    return new RecordDraft(name, components);
  }

  private Optional<RecordDraft.Component> component(
      StructField field, NameScope names, @Nullable List<String> parentPath) {
    List<String> path = null;
    if (parentPath != null) {
      path = new ArrayList<>(parentPath);
      path.add(field.name());
    }
    ColumnProfile seen = path == null ? null : profile.column(path);
    boolean nullable = seen == null ? field.nullable() : seen.nullable();
    String type = javaType(field.dataType(), nullable, false, field.name(), path);
    if (type == null) {
      leftOut.add(
          "column "
              + JavaText.string(path == null ? field.name() : String.join(".", path))
              + " of Spark type "
              + field.dataType().simpleString()
              + ", which no jsetl column type holds");
      return Optional.empty();
    }
    String name = names.claim(JavaNames.component(field.name()));
    List<String> annotations = new ArrayList<>();
    if (!name.equals(field.name())) {
      annotations.add(imports.dsl("Column") + "(" + JavaText.string(field.name()) + ")");
    }
    if (seen != null) {
      annotations.addAll(checks.suggest(field.dataType(), seen, imports));
    }
    firstDecimal(field.dataType())
        .ifPresent(
            d ->
                annotations.add(
                    imports.dsl("Decimal")
                        + "(precision = "
                        + d.precision()
                        + ", scale = "
                        + d.scale()
                        + ")"));
    return Optional.of(new RecordDraft.Component(name, annotations, type));
  }

  /**
   * The Java type of a Spark type, or null when no jsetl column type holds it.
   *
   * @param boxed inside a List or Map, where primitives cannot go
   * @param hint the field name, which names a nested record
   * @param path where the column was profiled, if it was
   */
  private @Nullable String javaType(
      DataType type, boolean nullable, boolean boxed, String hint, @Nullable List<String> path) {
    String plain = plainType(type, nullable || boxed, hint, path);
    if (plain == null || !nullable) {
      return plain;
    }
    String annotation = imports.annotation(NULLABLE);
    // JSpecify's @Nullable is a type-use annotation: on an array it goes before the brackets.
    return plain.equals("byte[]") ? "byte " + annotation + " []" : annotation + " " + plain;
  }

  private @Nullable String plainType(
      DataType type, boolean boxed, String hint, @Nullable List<String> path) {
    if (type instanceof BooleanType) {
      return boxed ? "Boolean" : "boolean";
    } else if (type instanceof ByteType) {
      return boxed ? "Byte" : "byte";
    } else if (type instanceof ShortType) {
      return boxed ? "Short" : "short";
    } else if (type instanceof IntegerType) {
      return boxed ? "Integer" : "int";
    } else if (type instanceof LongType) {
      return boxed ? "Long" : "long";
    } else if (type instanceof FloatType) {
      return boxed ? "Float" : "float";
    } else if (type instanceof DoubleType) {
      return boxed ? "Double" : "double";
    } else if (type instanceof StringType
        || type instanceof VarcharType
        || type instanceof CharType
        || type instanceof NullType) {
      // An all-null JSON field has no type of its own; a nullable String holds it.
      return "String";
    } else if (type instanceof DecimalType) {
      return imports.type("java.math.BigDecimal");
    } else if (type instanceof DateType) {
      return imports.type("java.time.LocalDate");
    } else if (type instanceof TimestampType) {
      return imports.type("java.time.Instant");
    } else if (type instanceof TimestampNTZType) {
      return imports.type("java.time.LocalDateTime");
    } else if (type instanceof BinaryType) {
      return "byte[]";
    } else if (type instanceof ArrayType array) {
      boolean nullElements =
          array.containsNull() && (path == null || profile.column(path).nullElements());
      String element =
          javaType(array.elementType(), nullElements, true, JavaNames.elementType(hint), null);
      return element == null ? null : imports.type("java.util.List") + "<" + element + ">";
    } else if (type instanceof MapType map) {
      boolean nullValues =
          map.valueContainsNull() && (path == null || profile.column(path).nullElements());
      String key = javaType(map.keyType(), false, true, hint + "Key", null);
      String value = javaType(map.valueType(), nullValues, true, JavaNames.elementType(hint), null);
      return key == null || value == null
          ? null
          : imports.type("java.util.Map") + "<" + key + ", " + value + ">";
    } else if (type instanceof StructType struct) {
      return nestedRecord(struct, hint, path);
    }
    return null;
  }

  /** Drafts a nested record; it is listed before the records drafted for its own structs. */
  private String nestedRecord(StructType struct, String hint, @Nullable List<String> path) {
    String name = typeNames.claim(JavaNames.type(hint));
    int slot = nested.size();
    RecordDraft draft = record(name, struct, path);
    nested.add(slot, draft);
    return name;
  }

  /**
   * The decimal type in a column's own type (a List's elements, a Map's values), not in nested
   * records, which carry their own {@code @Decimal}. jsetl's {@code @Decimal} applies to every
   * BigDecimal of the component, so the first one speaks for all.
   */
  private static Optional<DecimalType> firstDecimal(DataType type) {
    if (type instanceof DecimalType decimal) {
      return Optional.of(decimal);
    } else if (type instanceof ArrayType array) {
      return firstDecimal(array.elementType());
    } else if (type instanceof MapType map) {
      return firstDecimal(map.keyType()).or(() -> firstDecimal(map.valueType()));
    }
    return Optional.empty();
  }
}
