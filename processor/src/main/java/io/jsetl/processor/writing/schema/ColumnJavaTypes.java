package io.jsetl.processor.writing.schema;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.jsetl.processor.model.schema.ColumnType;

/**
 * The Java type of a column's values, {@code V} in {@code Col<R, V>}: boxed for primitives, and
 * without the type annotations of the component (nullability is the schema's business).
 */
final class ColumnJavaTypes {
  private static final ClassName LIST = ClassName.get("java.util", "List");
  private static final ClassName SET = ClassName.get("java.util", "Set");
  private static final ClassName MAP = ClassName.get("java.util", "Map");
  private static final ClassName BIG_DECIMAL = ClassName.get("java.math", "BigDecimal");

  private ColumnJavaTypes() {}

  static TypeName of(ColumnType type) {
    if (type instanceof ColumnType.Scalar s) {
      return s.kind().javaType().box();
    } else if (type instanceof ColumnType.Decimal) {
      return BIG_DECIMAL;
    } else if (type instanceof ColumnType.EnumOf e) {
      return e.type();
    } else if (type instanceof ColumnType.Struct s) {
      return s.type();
    } else if (type instanceof ColumnType.ListOf l) {
      return ParameterizedTypeName.get(LIST, of(l.element()));
    } else if (type instanceof ColumnType.SetOf s) {
      return ParameterizedTypeName.get(SET, of(s.element()));
    } else if (type instanceof ColumnType.MapOf m) {
      return ParameterizedTypeName.get(MAP, of(m.key()), of(m.value()));
    }
    throw new IllegalStateException("Not an encodable column type: " + type);
  }
}
