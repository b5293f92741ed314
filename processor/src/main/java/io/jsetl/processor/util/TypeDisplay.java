package io.jsetl.processor.util;

import java.util.stream.Collectors;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;

/**
 * Spells a type for messages: fully qualified, with type arguments, without type annotations
 * ({@code TypeMirror.toString()} would print {@code @org.jspecify.annotations.Nullable} inside).
 */
public final class TypeDisplay {
  private TypeDisplay() {}

  public static String of(TypeMirror type) {
    switch (type.getKind()) {
      case DECLARED -> {
        DeclaredType declared = (DeclaredType) type;
        String name = ((TypeElement) declared.asElement()).getQualifiedName().toString();
        if (declared.getTypeArguments().isEmpty()) {
          return name;
        }
        return name
            + declared.getTypeArguments().stream()
                .map(TypeDisplay::of)
                .collect(Collectors.joining(", ", "<", ">"));
      }
      case ARRAY -> {
        return of(((ArrayType) type).getComponentType()) + "[]";
      }
      case WILDCARD -> {
        WildcardType wildcard = (WildcardType) type;
        if (wildcard.getExtendsBound() != null) {
          return "? extends " + of(wildcard.getExtendsBound());
        }
        if (wildcard.getSuperBound() != null) {
          return "? super " + of(wildcard.getSuperBound());
        }
        return "?";
      }
      default -> {
        // Primitives, type variables and error types have no annotations in their simple spelling
        // except through toString(); strip a leading annotation list if present.
        String text = type.toString();
        int lastSpace = text.lastIndexOf(' ');
        return text.startsWith("@") && lastSpace > 0 ? text.substring(lastSpace + 1) : text;
      }
    }
  }
}
