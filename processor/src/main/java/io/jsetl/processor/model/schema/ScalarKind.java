package io.jsetl.processor.model.schema;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;

/**
 * The single-valued column types. Each constant is named like the {@code Encoding} constant that
 * encodes it ({@code Encoding.INT}, {@code Encoding.BOXED_INT}, ...), so writers use
 * {@link #name()}.
 */
public enum ScalarKind {
  BOOLEAN(TypeName.BOOLEAN, Family.BOOLEAN),
  BYTE(TypeName.BYTE, Family.INTEGRAL),
  SHORT(TypeName.SHORT, Family.INTEGRAL),
  INT(TypeName.INT, Family.INTEGRAL),
  LONG(TypeName.LONG, Family.INTEGRAL),
  FLOAT(TypeName.FLOAT, Family.FLOATING),
  DOUBLE(TypeName.DOUBLE, Family.FLOATING),
  BOXED_BOOLEAN(TypeName.BOOLEAN.box(), Family.BOOLEAN),
  BOXED_BYTE(TypeName.BYTE.box(), Family.INTEGRAL),
  BOXED_SHORT(TypeName.SHORT.box(), Family.INTEGRAL),
  BOXED_INT(TypeName.INT.box(), Family.INTEGRAL),
  BOXED_LONG(TypeName.LONG.box(), Family.INTEGRAL),
  BOXED_FLOAT(TypeName.FLOAT.box(), Family.FLOATING),
  BOXED_DOUBLE(TypeName.DOUBLE.box(), Family.FLOATING),
  STRING(ClassName.get("java.lang", "String"), Family.TEXT),
  BINARY(ArrayTypeName.of(TypeName.BYTE), Family.BINARY),
  LOCAL_DATE(ClassName.get("java.time", "LocalDate"), Family.TEMPORAL),
  INSTANT(ClassName.get("java.time", "Instant"), Family.TEMPORAL),
  LOCAL_DATE_TIME(ClassName.get("java.time", "LocalDateTime"), Family.TEMPORAL);

  /** What checks a kind admits. */
  public enum Family {
    BOOLEAN,
    INTEGRAL,
    FLOATING,
    TEXT,
    BINARY,
    TEMPORAL
  }

  private final TypeName javaType;
  private final Family family;

  ScalarKind(TypeName javaType, Family family) {
    this.javaType = javaType;
    this.family = family;
  }

  /** The Java type of a component of this kind ({@code int}, {@code java.lang.Integer}, ...). */
  public TypeName javaType() {
    return javaType;
  }

  public Family family() {
    return family;
  }

  public boolean isPrimitive() {
    return javaType.isPrimitive();
  }
}
