package io.jsetl.processor.model.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;

/**
 * Names the steps of a generated builder. The rules (documented for users in the generated
 * builder's Javadoc too):
 *
 * <ul>
 *   <li>an input with an id: the id, made a Java identifier ({@code raw-citizens} → {@code
 *       rawCitizens}; an id that is a valid identifier is kept as written);
 *   <li>an input with the default id: its type in lowerCamelCase. A {@code Dataset<X>} is named
 *       after {@code X} ({@code Dataset<RawCitizen>} → {@code rawCitizen}, {@code Dataset<Row>} →
 *       {@code row}); any other generic type with one type argument after the argument then the
 *       type ({@code List<String>} → {@code stringList}, {@code Optional<Citizen>} → {@code
 *       citizenOptional}); a type without or with several type arguments after its simple name
 *       ({@code Integer} → {@code integer}, {@code Map<String, Long>} → {@code map}); an array
 *       after its component ({@code String[]} → {@code stringArray});
 *   <li>a factory instance: the class's simple name ({@code CitizenFactories} → {@code
 *       citizenFactories});
 *   <li>a name that is a Java keyword gets {@code Value} appended ({@code Long} → {@code
 *       longValue}), one that starts with a digit gets an {@code _} prefixed.
 * </ul>
 */
public final class StepNames {
  /** Steps every generated builder has, and methods every builder inherits from {@code Object}. */
  public static final Set<String> RESERVED =
      Set.of(
          "spark",
          "config",
          "parallelism",
          "listener",
          "build",
          "equals",
          "hashCode",
          "toString",
          "getClass",
          "notify",
          "notifyAll",
          "wait",
          "clone",
          "finalize");

  private static final String DATASET = "org.apache.spark.sql.Dataset";

  private StepNames() {}

  public static String forExternal(ExternalInput input) {
    return input.key().hasDefaultId()
        ? identifier(typeWords(input.type()))
        : fromId(input.key().id());
  }

  public static String forFactory(FactoryModel factory) {
    return identifier(factory.simpleName());
  }

  /** {@code raw-citizens} → {@code rawCitizens}; a valid identifier is kept. */
  static String fromId(String id) {
    if (SourceVersion.isIdentifier(id) && !SourceVersion.isKeyword(id)) {
      return id;
    }
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      if (Character.isJavaIdentifierPart(c)) {
        word.append(c);
      } else if (word.length() > 0) {
        words.add(word.toString());
        word.setLength(0);
      }
    }
    if (word.length() > 0) {
      words.add(word.toString());
    }
    StringBuilder camel = new StringBuilder();
    for (String w : words) {
      camel.append(camel.length() == 0 ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1));
    }
    return identifier(camel.length() == 0 ? "input" : camel.toString());
  }

  /**
   * The words a type contributes to a step name, each capitalized: {@code List<String>} →
   * StringList.
   */
  private static String typeWords(TypeMirror type) {
    if (type.getKind().isPrimitive()) {
      String name = type.getKind().name().toLowerCase(Locale.ROOT);
      return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
    if (type instanceof ArrayType array) {
      return typeWords(array.getComponentType()) + "Array";
    }
    if (type instanceof WildcardType wildcard) {
      TypeMirror bound =
          wildcard.getExtendsBound() != null
              ? wildcard.getExtendsBound()
              : wildcard.getSuperBound();
      return bound == null ? "Object" : typeWords(bound);
    }
    if (type instanceof DeclaredType declared) {
      TypeElement element = (TypeElement) declared.asElement();
      String simple = element.getSimpleName().toString();
      List<? extends TypeMirror> arguments = declared.getTypeArguments();
      if (arguments.size() != 1) {
        return simple;
      }
      String argument = typeWords(arguments.get(0));
      return element.getQualifiedName().contentEquals(DATASET) ? argument : argument + simple;
    }
    return type.getKind() == TypeKind.TYPEVAR ? "Value" : "Input";
  }

  /** lowerCamelCase, then made a legal identifier. */
  private static String identifier(String words) {
    String name = decapitalize(words);
    if (SourceVersion.isKeyword(name)) {
      return name + "Value";
    }
    return Character.isJavaIdentifierStart(name.charAt(0)) ? name : "_" + name;
  }

  /**
   * {@code RawCitizen} → {@code rawCitizen}, {@code URLStats} → {@code urlStats}, {@code ID} →
   * {@code id}.
   */
  static String decapitalize(String name) {
    int upper = 0;
    while (upper < name.length() && Character.isUpperCase(name.charAt(upper))) {
      upper++;
    }
    if (upper == 0) {
      return name;
    }
    int lower = upper == name.length() || upper == 1 ? upper : upper - 1;
    return name.substring(0, lower).toLowerCase(Locale.ROOT) + name.substring(lower);
  }
}
