package io.jsetl.processor.util;

import javax.lang.model.type.PrimitiveType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/**
 * Spells types the way jsetl identifies deliverables: canonical names with all type arguments, no
 * type annotations ({@code @Nullable String} is {@code java.lang.String}), and a top-level
 * primitive boxed ({@code long} is {@code java.lang.Long}), so that a producer and a consumer that
 * javac considers the same value type always get the same string. Arguments are joined by {@code ",
 * "} ({@link TypeDisplay} spells the rest).
 */
public final class TypeStrings {
  private TypeStrings() {}

  /**
   * {@code org.apache.spark.sql.Dataset<com.acme.Citizen>}; {@code java.lang.Long} for {@code
   * long}.
   */
  public static String canonical(TypeMirror type, Types types) {
    if (type.getKind().isPrimitive()) {
      return types.boxedClass((PrimitiveType) type).getQualifiedName().toString();
    }
    return TypeDisplay.of(type);
  }

  /**
   * The same string without package names ({@code Dataset<Citizen>}), for messages; the rule is the
   * runtime's {@code Key.simpleType()}, so compile errors and run-time plans spell types alike.
   */
  public static String simple(String canonical) {
    return canonical.replaceAll("\\b[a-z_][\\w]*\\.", "");
  }
}
