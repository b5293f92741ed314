package io.jsetl.cli.infer;

import java.util.SortedSet;
import java.util.TreeSet;

/** The imports a source needs, gathered while its parts are written; each use returns "@Name". */
final class Imports {
  private final SortedSet<String> names = new TreeSet<>();

  /** A jsetl annotation, as {@code @Name}. */
  String dsl(String simpleName) {
    return annotation("io.jsetl.dsl." + simpleName);
  }

  /** An annotation by qualified name, as {@code @SimpleName}. */
  String annotation(String qualifiedName) {
    return "@" + type(qualifiedName);
  }

  /** A type by qualified name, as its simple name. */
  String type(String qualifiedName) {
    names.add(qualifiedName);
    return qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1);
  }

  SortedSet<String> all() {
    return new TreeSet<>(names);
  }
}
