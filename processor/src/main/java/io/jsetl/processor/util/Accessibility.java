package io.jsetl.processor.util;

import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;

/** Whether generated code in a given package can name a type. */
public final class Accessibility {
  private Accessibility() {}

  /**
   * True when a top-level class in {@code packageName} can name {@code type}: no enclosing level is
   * private or local, and every level is public when the package differs.
   */
  public static boolean canName(TypeElement type, String packageName) {
    boolean samePackage = packageOf(type).getQualifiedName().contentEquals(packageName);
    Element level = type;
    while (level instanceof TypeElement) {
      if (level.getModifiers().contains(Modifier.PRIVATE)) {
        return false;
      }
      if (!samePackage && !level.getModifiers().contains(Modifier.PUBLIC)) {
        return false;
      }
      level = level.getEnclosingElement();
    }
    // A local or anonymous class is enclosed by a method, not by a type or a package.
    return level instanceof PackageElement;
  }

  /** True when the type and every type around it are public: code anywhere can name it. */
  public static boolean isPublicEverywhere(TypeElement type) {
    return innermostNotPublic(type).isEmpty();
  }

  /**
   * The type itself, or the innermost type around it, that is not public: what keeps code in
   * other packages from naming {@code type}. Empty when it is public everywhere. (A local class is
   * never public, so it is its own answer.)
   */
  public static Optional<TypeElement> innermostNotPublic(TypeElement type) {
    Element level = type;
    while (level instanceof TypeElement t) {
      if (!t.getModifiers().contains(Modifier.PUBLIC)) {
        return Optional.of(t);
      }
      level = t.getEnclosingElement();
    }
    return Optional.empty();
  }

  public static PackageElement packageOf(Element element) {
    Element e = element;
    while (!(e instanceof PackageElement)) {
      e = e.getEnclosingElement();
    }
    return (PackageElement) e;
  }
}
