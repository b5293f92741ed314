package io.jsetl.processor.util;

import com.palantir.javapoet.ClassName;
import javax.lang.model.element.TypeElement;

/**
 * The names of the classes jsetl generates, derived from the user's class in one place. A nested
 * class contributes its enclosing classes' names joined by {@code _} ({@code Outer.Inner} → {@code
 * Outer_Inner_Wiring}), so every generated class is top-level in the user's package.
 */
public final class GeneratedNames {
  private GeneratedNames() {}

  /**
   * {@code Outer_Inner} for {@code com.acme.Outer.Inner}; the simple name for a top-level class.
   */
  public static String flatName(TypeElement type) {
    return String.join("_", ClassName.get(type).simpleNames());
  }

  /**
   * {@code Citizen_}: the schema companion (encoder, columns, rules) of a {@code @Schema} record.
   */
  public static ClassName schemaCompanion(TypeElement record) {
    return ClassName.get(ClassName.get(record).packageName(), flatName(record) + "_");
  }

  /** {@code CitizenFactories_Wiring}: the nodes of a class with {@code @Deliver} methods. */
  public static ClassName wiring(TypeElement factory) {
    return ClassName.get(ClassName.get(factory).packageName(), flatName(factory) + "_Wiring");
  }

  /** {@code JsetlCitizenReport}: the implementation of a {@code @Pipeline} interface. */
  public static ClassName pipeline(TypeElement pipeline) {
    return ClassName.get(ClassName.get(pipeline).packageName(), "Jsetl" + flatName(pipeline));
  }
}
