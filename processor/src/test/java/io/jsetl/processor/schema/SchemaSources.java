package io.jsetl.processor.schema;

import com.google.testing.compile.JavaFileObjects;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;

/** Test sources: {@code @Schema} records in package {@code t} with the usual imports. */
final class SchemaSources {
  private SchemaSources() {}

  private static final List<String> IMPORTS =
      List.of(
          "package t;",
          "",
          "import io.jsetl.dsl.*;",
          "import java.math.BigDecimal;",
          "import java.time.*;",
          "import java.util.*;",
          "import org.jspecify.annotations.Nullable;",
          "");

  /**
   * The imports of a record with Jakarta Bean Validation constraints: all of {@code
   * jakarta.validation.constraints}, and of jsetl only {@code @Schema}, whose check annotations
   * have some of the same simple names.
   */
  private static final List<String> JAKARTA_IMPORTS =
      List.of(
          "package t;",
          "",
          "import io.jsetl.dsl.Schema;",
          "import jakarta.validation.constraints.*;",
          "import java.math.BigDecimal;",
          "import java.time.*;",
          "import java.util.*;",
          "import org.jspecify.annotations.Nullable;",
          "");

  /** {@code @Schema public record Name(components...) {}}, one component per line. */
  static JavaFileObject record(String simpleName, String... components) {
    return recordWithBody(simpleName, List.of(components), List.of());
  }

  /** As {@link #record}, with Jakarta's constraints imported instead of jsetl's checks. */
  static JavaFileObject jakartaRecord(String simpleName, String... components) {
    return recordSource(JAKARTA_IMPORTS, simpleName, List.of(components), List.of());
  }

  /** A record with members (check methods, nested types) in its body. */
  static JavaFileObject recordWithBody(
      String simpleName, List<String> components, List<String> body) {
    return recordSource(IMPORTS, simpleName, components, body);
  }

  private static JavaFileObject recordSource(
      List<String> imports, String simpleName, List<String> components, List<String> body) {
    List<String> lines = new ArrayList<>(imports);
    lines.add("@Schema");
    lines.add("public record " + simpleName + "(");
    for (int i = 0; i < components.size(); i++) {
      lines.add("    " + components.get(i) + (i < components.size() - 1 ? "," : ") {"));
    }
    if (components.isEmpty()) {
      lines.set(lines.size() - 1, "public record " + simpleName + "() {");
    }
    for (String line : body) {
      lines.add("  " + line);
    }
    lines.add("}");
    return JavaFileObjects.forSourceLines("t." + simpleName, lines);
  }

  /** Any other source file in package {@code t}, with the usual imports. */
  static JavaFileObject source(String simpleName, String... body) {
    List<String> lines = new ArrayList<>(IMPORTS);
    lines.addAll(List.of(body));
    return JavaFileObjects.forSourceLines("t." + simpleName, lines);
  }
}
