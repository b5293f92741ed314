package io.jsetl.cli.infer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.lang.model.SourceVersion;

/**
 * Java names for data names: {@code "first name"}, {@code "e-mail"} or {@code "ORDER_ID"} become
 * the components {@code firstName}, {@code eMail} and {@code orderId} (the record keeps the
 * original with {@code @Column}), and struct fields become record names.
 */
final class JavaNames {
  /**
   * Names a record cannot give a component: its accessors would clash with {@code Object}'s methods
   * (JLS 8.10.1).
   */
  private static final Set<String> OBJECT_METHODS =
      Set.of(
          "clone", "finalize", "getClass", "hashCode", "notify", "notifyAll", "toString", "wait");

  private JavaNames() {}

  /**
   * A lowerCamelCase component name for a column; it never starts with a digit nor is a keyword.
   */
  static String component(String column) {
    List<String> words = words(column);
    if (words.isEmpty()) {
      return "column";
    }
    StringBuilder name = new StringBuilder(decapitalize(words.get(0)));
    words.subList(1, words.size()).forEach(w -> name.append(capitalize(w)));
    String result = name.toString();
    if (Character.isDigit(result.charAt(0))) {
      result = "col" + result;
    }
    if (SourceVersion.isKeyword(result) || OBJECT_METHODS.contains(result)) {
      result = result + "_";
    }
    return SourceVersion.isIdentifier(result) ? result : "column";
  }

  /** An UpperCamelCase type name for a field ({@code "shipping address"} → ShippingAddress). */
  static String type(String field) {
    return pascal(field, "Nested");
  }

  /** The record name for the elements of an array field: {@code items} → Item. */
  static String elementType(String field) {
    return singular(type(field));
  }

  /** The record name for a sample file: {@code citizens.csv} → Citizens. */
  static String ofFile(String fileName) {
    int dot = fileName.indexOf('.', 1);
    return pascal(dot < 0 ? fileName : fileName.substring(0, dot), "Sample");
  }

  /** Whether {@code name} can name a class or record we write. */
  static boolean isTypeName(String name) {
    return SourceVersion.isIdentifier(name) && !SourceVersion.isKeyword(name);
  }

  /** UpperCamelCase of the words of {@code text}, or {@code fallback} when it has none. */
  private static String pascal(String text, String fallback) {
    StringBuilder name = new StringBuilder();
    words(text).forEach(w -> name.append(capitalize(w)));
    if (name.isEmpty()) {
      return fallback;
    }
    String result = Character.isDigit(name.charAt(0)) ? "T" + name : name.toString();
    return SourceVersion.isIdentifier(result) ? result : fallback;
  }

  /**
   * The words of a name: runs of letters and decimal digits (what Java identifiers are made of). A
   * word in capitals is an acronym or a shouted name ({@code ID}, {@code ORDER}) and reads as a
   * plain word ({@code Id}, {@code order}).
   */
  private static List<String> words(String name) {
    List<String> words = new ArrayList<>();
    for (String part : name.split("[^\\p{L}\\p{Nd}]+")) {
      if (!part.isEmpty()) {
        words.add(
            part.equals(part.toUpperCase(Locale.ROOT)) ? part.toLowerCase(Locale.ROOT) : part);
      }
    }
    return words;
  }

  private static String capitalize(String word) {
    return word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
  }

  private static String decapitalize(String word) {
    return word.substring(0, 1).toLowerCase(Locale.ROOT) + word.substring(1);
  }

  private static String singular(String name) {
    if (name.endsWith("ies") && name.length() > 4) {
      return name.substring(0, name.length() - 3) + "y";
    }
    if (name.endsWith("sses")
        || name.endsWith("xes")
        || name.endsWith("ches")
        || name.endsWith("shes")) {
      return name.substring(0, name.length() - 2);
    }
    if (name.endsWith("s") && !name.endsWith("ss") && name.length() > 3) {
      return name.substring(0, name.length() - 1);
    }
    return name;
  }
}
