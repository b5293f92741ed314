package io.jsetl.processor.model.schema;

import static io.jsetl.processor.util.AnnotationValues.booleanValue;
import static io.jsetl.processor.util.AnnotationValues.enumNamesValue;
import static io.jsetl.processor.util.AnnotationValues.intValue;
import static io.jsetl.processor.util.AnnotationValues.longValue;
import static io.jsetl.processor.util.AnnotationValues.stringValue;

import io.jsetl.processor.model.schema.CheckModel.Unchecked.Why;
import io.jsetl.processor.util.AnnotationValues;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import org.jspecify.annotations.Nullable;

/**
 * Reads the Jakarta Bean Validation constraints ({@code jakarta.validation.constraints}) that Java
 * developers already put on their types, into the same checks as jsetl's own annotations. They are
 * recognized by name: the processor never has {@code jakarta.validation} on its class path. A
 * constraint's {@code message} and {@code groups} do not matter: every constraint is checked, with
 * jsetl's own report. Anything jsetl does not check becomes {@link CheckModel.Unchecked}.
 */
final class JakartaReader {
  private static final String PACKAGE = "jakarta.validation.constraints";

  /** Jakarta's {@code @Email} without {@code regexp}: no expression beyond the address form. */
  private static final String ANY = ".*";

  private JakartaReader() {}

  /** Whether the annotation is a Jakarta constraint, or a container of repeated ones. */
  static boolean isConstraint(AnnotationMirror mirror) {
    String name = AnnotationValues.qualifiedName(mirror);
    return name.startsWith(PACKAGE + ".");
  }

  /** The checks one constraint gives; a container ({@code @Pattern.List}) those of each item. */
  static List<CheckModel> read(AnnotationMirror m) {
    String name = AnnotationValues.qualifiedName(m).substring(PACKAGE.length() + 1);
    if (name.endsWith(".List")) {
      List<CheckModel> checks = new ArrayList<>();
      for (AnnotationMirror item : AnnotationValues.annotationsValue(m, "value")) {
        checks.addAll(read(item));
      }
      return checks;
    }
    return switch (name) {
      case "NotNull" -> List.of(new CheckModel.NotNull(m));
      case "NotEmpty" ->
          List.of(new CheckModel.NotNull(m), new CheckModel.Length(m, 1, Integer.MAX_VALUE));
      case "NotBlank" -> List.of(new CheckModel.NotNull(m), new CheckModel.NotBlank(m));
      case "Size" -> List.of(new CheckModel.Length(m, intValue(m, "min"), intValue(m, "max")));
      case "Min" -> bound(m, true, Long.toString(longValue(m, "value")), true, "value");
      case "Max" -> bound(m, false, Long.toString(longValue(m, "value")), true, "value");
      case "DecimalMin" -> bound(m, true, stringValue(m, "value"), inclusive(m), "value");
      case "DecimalMax" -> bound(m, false, stringValue(m, "value"), inclusive(m), "value");
      case "Positive" -> bound(m, true, "0", false, null);
      case "PositiveOrZero" -> bound(m, true, "0", true, null);
      case "Negative" -> bound(m, false, "0", false, null);
      case "NegativeOrZero" -> bound(m, false, "0", true, null);
      case "Past" -> List.of(new CheckModel.TimeRelative(m, false, false));
      case "PastOrPresent" -> List.of(new CheckModel.TimeRelative(m, false, true));
      case "Future" -> List.of(new CheckModel.TimeRelative(m, true, false));
      case "FutureOrPresent" -> List.of(new CheckModel.TimeRelative(m, true, true));
      case "AssertTrue" -> List.of(new CheckModel.Assert(m, true));
      case "AssertFalse" -> List.of(new CheckModel.Assert(m, false));
      case "Pattern" -> withCanonEq(m, wholeValuePattern(m));
      case "Email" -> withCanonEq(m, email(m));
      case "Digits" -> List.of(new CheckModel.Unchecked(m, Why.DIGITS));
      case "Null" -> List.of(new CheckModel.Unchecked(m, Why.NULL));
      default -> List.of(new CheckModel.Unchecked(m, Why.UNKNOWN));
    };
  }

  /**
   * Constraints on the type arguments of a column's type ({@code List<@NotBlank String>}), at any
   * depth: jsetl checks columns, not the elements of collections, so each is {@link
   * CheckModel.Unchecked}.
   */
  static List<CheckModel> onTypeArguments(TypeMirror type) {
    List<CheckModel> out = new ArrayList<>();
    if (type instanceof DeclaredType declared) {
      for (TypeMirror argument : declared.getTypeArguments()) {
        for (AnnotationMirror m : argument.getAnnotationMirrors()) {
          if (isConstraint(m)) {
            out.add(new CheckModel.Unchecked(m, Why.ON_ELEMENTS));
          }
        }
        out.addAll(onTypeArguments(argument));
      }
    }
    return out;
  }

  private static List<CheckModel> bound(
      AnnotationMirror m,
      boolean lower,
      String value,
      boolean inclusive,
      @Nullable String member) {
    return List.of(new CheckModel.NumberBound(m, lower, value, inclusive, member));
  }

  private static boolean inclusive(AnnotationMirror m) {
    return booleanValue(m, "inclusive");
  }

  /** {@code @Pattern(regexp, flags)}, and {@code @Email}'s: matched against the whole value. */
  private static CheckModel.Pattern wholeValuePattern(AnnotationMirror m) {
    return new CheckModel.Pattern(m, stringValue(m, "regexp"), "regexp", flags(m), true);
  }

  private static CheckModel email(AnnotationMirror m) {
    return new CheckModel.Email(
        m,
        stringValue(m, "regexp").equals(ANY)
            ? Optional.empty()
            : Optional.of(wholeValuePattern(m)));
  }

  /** The check, and a warning when it asks for CANON_EQ, which a rule cannot carry. */
  private static List<CheckModel> withCanonEq(AnnotationMirror m, CheckModel check) {
    return enumNamesValue(m, "flags").contains("CANON_EQ")
        ? List.of(check, new CheckModel.Unchecked(m, Why.CANON_EQ_FLAG))
        : List.of(check);
  }

  private static Set<RegexFlag> flags(AnnotationMirror m) {
    Set<RegexFlag> flags = EnumSet.noneOf(RegexFlag.class);
    for (String name : enumNamesValue(m, "flags")) {
      for (RegexFlag flag : RegexFlag.values()) {
        if (flag.name().equals(name)) {
          flags.add(flag);
        }
      }
    }
    return flags;
  }
}
