package io.jsetl.processor.model.schema;

import com.palantir.javapoet.ClassName;
import io.jsetl.dsl.Schema;
import io.jsetl.processor.model.schema.ColumnType.Unsupported;
import io.jsetl.processor.model.schema.ColumnType.Why;
import io.jsetl.processor.util.AnnotationValues;
import io.jsetl.processor.util.Accessibility;
import io.jsetl.processor.util.TypeDisplay;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import org.jspecify.annotations.Nullable;

/**
 * Turns a component's Java type into a {@link ColumnType}: the supported types of DESIGN.md, and an
 * {@link Unsupported} node (with the reason) for anything else.
 */
final class ColumnTypeReader {
  private static final Map<String, ScalarKind> DECLARED_SCALARS =
      Map.ofEntries(
          Map.entry("java.lang.Boolean", ScalarKind.BOXED_BOOLEAN),
          Map.entry("java.lang.Byte", ScalarKind.BOXED_BYTE),
          Map.entry("java.lang.Short", ScalarKind.BOXED_SHORT),
          Map.entry("java.lang.Integer", ScalarKind.BOXED_INT),
          Map.entry("java.lang.Long", ScalarKind.BOXED_LONG),
          Map.entry("java.lang.Float", ScalarKind.BOXED_FLOAT),
          Map.entry("java.lang.Double", ScalarKind.BOXED_DOUBLE),
          Map.entry("java.lang.String", ScalarKind.STRING),
          Map.entry("java.time.LocalDate", ScalarKind.LOCAL_DATE),
          Map.entry("java.time.Instant", ScalarKind.INSTANT),
          Map.entry("java.time.LocalDateTime", ScalarKind.LOCAL_DATE_TIME));

  private final ColumnReader nestedColumns;

  ColumnTypeReader(ColumnReader nestedColumns) {
    this.nestedColumns = nestedColumns;
  }

  /**
   * @param decimal {@code @Decimal} of the component: it applies to every BigDecimal in the
   *     component's type (the column itself, list elements, map values)
   * @param misplaced collects {@code @Nullable} marks on map keys and on the bytes of a byte[]
   */
  ColumnType read(
      TypeMirror type,
      @Nullable DecimalSpec decimal,
      ReadingPath path,
      List<MisplacedNullable> misplaced) {
    String display = TypeDisplay.of(type);
    switch (type.getKind()) {
      case BOOLEAN:
        return new ColumnType.Scalar(ScalarKind.BOOLEAN);
      case BYTE:
        return new ColumnType.Scalar(ScalarKind.BYTE);
      case SHORT:
        return new ColumnType.Scalar(ScalarKind.SHORT);
      case INT:
        return new ColumnType.Scalar(ScalarKind.INT);
      case LONG:
        return new ColumnType.Scalar(ScalarKind.LONG);
      case FLOAT:
        return new ColumnType.Scalar(ScalarKind.FLOAT);
      case DOUBLE:
        return new ColumnType.Scalar(ScalarKind.DOUBLE);
      case CHAR:
        return new Unsupported(display, Why.CHARACTER, "");
      case ARRAY:
        return readArray((ArrayType) type, display, misplaced);
      case DECLARED:
        return readDeclared((DeclaredType) type, display, decimal, path, misplaced);
      case ERROR:
        return new ColumnType.Unresolved(display);
      case TYPEVAR:
      case WILDCARD:
        return new Unsupported(display, Why.NOT_CONCRETE, "");
      default:
        return new Unsupported(display, Why.NOT_SUPPORTED, "");
    }
  }

  private static ColumnType readArray(
      ArrayType array, String display, List<MisplacedNullable> misplaced) {
    TypeMirror component = array.getComponentType();
    if (component.getKind() != TypeKind.BYTE) {
      return new Unsupported(display, Why.ARRAY, "");
    }
    if (Nullability.isMarked(component)) {
      misplaced.add(
          new MisplacedNullable(MisplacedNullable.Where.BYTE_ARRAY_ELEMENTS, display));
    }
    return new ColumnType.Scalar(ScalarKind.BINARY);
  }

  private ColumnType readDeclared(
      DeclaredType type,
      String display,
      @Nullable DecimalSpec decimal,
      ReadingPath path,
      List<MisplacedNullable> misplaced) {
    TypeElement element = (TypeElement) type.asElement();
    String name = element.getQualifiedName().toString();
    ScalarKind scalar = DECLARED_SCALARS.get(name);
    if (scalar != null) {
      return new ColumnType.Scalar(scalar);
    }
    List<? extends TypeMirror> args = type.getTypeArguments();
    switch (name) {
      case "java.lang.Character":
        return new Unsupported(display, Why.CHARACTER, "");
      case "java.math.BigDecimal":
        return decimal == null
            ? ColumnType.Decimal.DEFAULT
            : new ColumnType.Decimal(decimal.precision(), decimal.scale());
      case "java.util.List":
      case "java.util.Set":
        if (args.size() != 1) {
          return new Unsupported(display, Why.RAW_COLLECTION, "");
        }
        ColumnType element0 = read(args.get(0), decimal, path, misplaced);
        boolean elementNullable = Nullability.isMarked(args.get(0));
        return name.equals("java.util.List")
            ? new ColumnType.ListOf(element0, elementNullable)
            : new ColumnType.SetOf(element0, elementNullable);
      case "java.util.Map":
        if (args.size() != 2) {
          return new Unsupported(display, Why.RAW_COLLECTION, "");
        }
        if (Nullability.isMarked(args.get(0))) {
          misplaced.add(
              new MisplacedNullable(MisplacedNullable.Where.MAP_KEY, TypeDisplay.of(args.get(0))));
        }
        return new ColumnType.MapOf(
            read(args.get(0), decimal, path, misplaced),
            read(args.get(1), decimal, path, misplaced),
            Nullability.isMarked(args.get(1)));
      default:
        return readUserType(element, display, path);
    }
  }

  /**
   * An enum or a nested record: both must be public, with every class around them, because
   * Spark's generated code (in another package) names them when it reads and builds rows.
   */
  private ColumnType readUserType(TypeElement element, String display, ReadingPath path) {
    boolean isEnum = element.getKind() == ElementKind.ENUM;
    boolean isRecord = element.getKind() == ElementKind.RECORD;
    if (!isEnum && !isRecord) {
      return new Unsupported(display, Why.NOT_SUPPORTED, "");
    }
    if (isRecord && AnnotationValues.find(element, Schema.class).isEmpty()) {
      return new Unsupported(display, Why.NOT_A_SCHEMA, "");
    }
    Optional<TypeElement> notPublic = Accessibility.innermostNotPublic(element);
    if (notPublic.isPresent()) {
      return new Unsupported(
          display, Why.NOT_PUBLIC, notPublic.get().getQualifiedName().toString());
    }
    if (isEnum) {
      return new ColumnType.EnumOf(
          ClassName.get(element),
          element.getEnclosedElements().stream()
              .filter(e -> e.getKind() == ElementKind.ENUM_CONSTANT)
              .map(e -> e.getSimpleName().toString())
              .toList());
    }
    String recordName = element.getQualifiedName().toString();
    if (path.isInside(recordName)) {
      return new Unsupported(display, Why.RECURSIVE, path.cycleBackTo(recordName));
    }
    return new ColumnType.Struct(
        ClassName.get(element), nestedColumns.readAll(element, path.into(recordName)));
  }
}
