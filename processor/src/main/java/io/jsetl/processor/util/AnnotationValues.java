package io.jsetl.processor.util;

import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.ElementFilter;
import org.jspecify.annotations.Nullable;

/**
 * Reads annotation mirrors without loading annotation classes through reflection, so that the same
 * code works for sources and class files and the mirrors stay available to anchor diagnostics.
 */
public final class AnnotationValues {
  private AnnotationValues() {}

  /** Whether {@code mirror} is an annotation of {@code type}. */
  public static boolean is(AnnotationMirror mirror, Class<? extends Annotation> type) {
    return qualifiedName(mirror).equals(type.getCanonicalName());
  }

  /** The qualified name of the mirror's annotation type. */
  public static String qualifiedName(AnnotationMirror mirror) {
    return ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
  }

  /** The simple name of the mirror's annotation type. */
  public static String simpleName(AnnotationMirror mirror) {
    return mirror.getAnnotationType().asElement().getSimpleName().toString();
  }

  /** The first annotation of {@code type} on {@code element}. */
  public static Optional<AnnotationMirror> find(
      Element element, Class<? extends Annotation> type) {
    return element.getAnnotationMirrors().stream()
        .filter(m -> is(m, type))
        .map(m -> (AnnotationMirror) m)
        .findFirst();
  }

  /**
   * The value the user wrote for {@code name}, or null when the default applies; diagnostics
   * about a value point at it when it was written.
   */
  public static @Nullable AnnotationValue explicit(AnnotationMirror mirror, String name) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e :
        mirror.getElementValues().entrySet()) {
      if (e.getKey().getSimpleName().contentEquals(name)) {
        return e.getValue();
      }
    }
    return null;
  }

  /** The value of {@code name}: the written one, else the annotation type's default. */
  public static AnnotationValue value(AnnotationMirror mirror, String name) {
    AnnotationValue written = explicit(mirror, name);
    if (written != null) {
      if (isErroneous(written)) {
        throw new UnreadableAnnotationException(mirror, name);
      }
      return written;
    }
    for (ExecutableElement member :
        ElementFilter.methodsIn(mirror.getAnnotationType().asElement().getEnclosedElements())) {
      if (member.getSimpleName().contentEquals(name) && member.getDefaultValue() != null) {
        return member.getDefaultValue();
      }
    }
    throw new UnreadableAnnotationException(mirror, name);
  }

  /**
   * javac stands in for a value it could not attribute ({@code id = NO_SUCH_CONSTANT}) with an
   * erroneous value that prints as {@code <error>} and whose {@code getValue()} is that text, so it
   * would pass for a String. A real string value prints quoted ({@code "<error>"}).
   */
  private static boolean isErroneous(AnnotationValue value) {
    return "<error>".equals(value.toString());
  }

  /** Whether {@code element} carries an annotation of {@code type}. */
  public static boolean has(Element element, Class<? extends Annotation> type) {
    return find(element, type).isPresent();
  }

  /** A single-valued member, which javac hands over boxed. */
  private static <T> T single(Class<T> type, AnnotationMirror mirror, String name) {
    return as(type, mirror, name, value(mirror, name).getValue());
  }

  public static boolean booleanValue(AnnotationMirror mirror, String name) {
    return single(Boolean.class, mirror, name);
  }

  /** The items of an array member ({@code factories = {A.class, B.class}}), as written. */
  public static List<AnnotationValue> listValue(AnnotationMirror mirror, String name) {
    Object raw = value(mirror, name).getValue();
    List<AnnotationValue> out = new ArrayList<>();
    if (raw instanceof List<?> items) {
      for (Object item : items) {
        out.add(as(AnnotationValue.class, mirror, name, item));
      }
    }
    return List.copyOf(out);
  }

  public static int intValue(AnnotationMirror mirror, String name) {
    return single(Integer.class, mirror, name);
  }

  public static long longValue(AnnotationMirror mirror, String name) {
    return single(Long.class, mirror, name);
  }

  public static double doubleValue(AnnotationMirror mirror, String name) {
    return single(Double.class, mirror, name);
  }

  public static String stringValue(AnnotationMirror mirror, String name) {
    return single(String.class, mirror, name);
  }

  /** A {@code String[]} member; a single value written without braces is a one-element list. */
  public static List<String> stringsValue(AnnotationMirror mirror, String name) {
    Object raw = value(mirror, name).getValue();
    List<String> out = new ArrayList<>();
    if (raw instanceof List<?> items) {
      for (Object item : items) {
        Object v = item instanceof AnnotationValue av ? av.getValue() : item;
        out.add(as(String.class, mirror, name, v));
      }
    } else {
      out.add(as(String.class, mirror, name, raw));
    }
    return List.copyOf(out);
  }

  /**
   * The constant names of an enum member or enum array member ({@code flags = {CASE_INSENSITIVE}}),
   * as written; javac hands over each constant as its element.
   */
  public static List<String> enumNamesValue(AnnotationMirror mirror, String name) {
    Object raw = value(mirror, name).getValue();
    List<String> out = new ArrayList<>();
    for (Object item : raw instanceof List<?> items ? items : List.of(raw)) {
      Object v = item instanceof AnnotationValue av ? av.getValue() : item;
      out.add(as(VariableElement.class, mirror, name, v).getSimpleName().toString());
    }
    return List.copyOf(out);
  }

  /**
   * The written name of an enum member's constant ({@code onFailure = OnFailure.DROP} gives {@code
   * DROP}), or null when the member was not written and its default applies.
   */
  public static @Nullable String explicitEnumName(AnnotationMirror mirror, String name) {
    if (explicit(mirror, name) == null) {
      return null;
    }
    return as(VariableElement.class, mirror, name, value(mirror, name).getValue())
        .getSimpleName()
        .toString();
  }

  /** The annotations of an annotation array member: a container's {@code value}. */
  public static List<AnnotationMirror> annotationsValue(AnnotationMirror mirror, String name) {
    List<AnnotationMirror> out = new ArrayList<>();
    for (AnnotationValue item : listValue(mirror, name)) {
      out.add(as(AnnotationMirror.class, mirror, name, item.getValue()));
    }
    return List.copyOf(out);
  }

  private static <T> T as(Class<T> type, AnnotationMirror mirror, String name, Object value) {
    if (!type.isInstance(value)) {
      throw new UnreadableAnnotationException(mirror, name);
    }
    return type.cast(value);
  }
}
