package io.jsetl.cli.infer;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Hands out names unique within one scope: the second {@code firstName} becomes {@code firstName2}.
 * Names compare ignoring case, as Spark compares column names.
 */
final class NameScope {
  private final Set<String> taken = new HashSet<>();

  NameScope(Set<String> reserved) {
    reserved.forEach(r -> taken.add(r.toLowerCase(Locale.ROOT)));
  }

  String claim(String wanted) {
    String name = wanted;
    for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
      name = wanted + n;
    }
    return name;
  }
}
