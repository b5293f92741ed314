package io.jsetl.processor.snapshot;

import java.util.ArrayList;
import java.util.List;

/** Reads the text of a {@link SparkType}; errors name the position and what was expected. */
final class SparkTypeParser {
  private final String text;
  private int at;

  SparkTypeParser(String text) {
    this.text = text;
  }

  SparkType parseWhole() {
    SparkType type = type();
    if (at != text.length()) {
      throw error("unexpected `" + text.substring(at) + "` after the type");
    }
    return type;
  }

  private SparkType type() {
    String word = identifier("a type");
    return switch (word) {
      case "decimal" -> decimal();
      case "array" -> {
        expect('<');
        SparkType element = type();
        expect('>');
        yield new SparkType.Array(element);
      }
      case "map" -> {
        expect('<');
        SparkType key = type();
        expect(',');
        SparkType value = type();
        expect('>');
        yield new SparkType.MapOf(key, value);
      }
      case "struct" -> struct();
      default -> new SparkType.Atomic(atomic(word));
    };
  }

  private SparkType.Name atomic(String word) {
    for (SparkType.Name name : SparkType.Name.values()) {
      if (name.text().equals(word)) {
        return name;
      }
    }
    throw new IllegalArgumentException(
        "unknown type `"
            + word
            + "` in `"
            + text
            + "` (known: boolean, tinyint, smallint, int, "
            + "bigint, float, double, string, binary, date, timestamp, timestamp_ntz, "
            + "decimal(p,s), array<t>, map<k,v>, struct<name:t,...>)");
  }

  private SparkType decimal() {
    expect('(');
    int precision = number();
    expect(',');
    int scale = number();
    expect(')');
    if (precision < 1 || precision > 38 || scale < 0 || scale > precision) {
      throw error(
          "decimal("
              + precision
              + ","
              + scale
              + ") is not a Spark decimal (precision 1 to"
              + " 38, scale 0 to precision)");
    }
    return new SparkType.Decimal(precision, scale);
  }

  private SparkType struct() {
    expect('<');
    List<SparkType.Field> fields = new ArrayList<>();
    if (peek() != '>') {
      do {
        String name = fieldName();
        expect(':');
        fields.add(new SparkType.Field(name, type()));
      } while (accept(','));
    }
    expect('>');
    return new SparkType.Struct(fields);
  }

  /** A plain identifier, or one quoted with backticks (a doubled backtick stands for one). */
  private String fieldName() {
    if (!accept('`')) {
      return identifier("a field name");
    }
    StringBuilder name = new StringBuilder();
    while (true) {
      if (at >= text.length()) {
        throw error("unterminated quoted field name");
      }
      char c = text.charAt(at++);
      if (c == '`' && !accept('`')) {
        return name.toString();
      }
      name.append(c);
    }
  }

  private String identifier(String what) {
    int start = at;
    while (at < text.length()
        && (Character.isLetterOrDigit(text.charAt(at)) || text.charAt(at) == '_')) {
      at++;
    }
    if (start == at) {
      throw error("expected " + what);
    }
    return text.substring(start, at);
  }

  private int number() {
    int start = at;
    while (at < text.length() && Character.isDigit(text.charAt(at)) && at - start < 3) {
      at++;
    }
    if (start == at) {
      throw error("expected a number");
    }
    return Integer.parseInt(text.substring(start, at));
  }

  private char peek() {
    return at < text.length() ? text.charAt(at) : '\0';
  }

  private boolean accept(char c) {
    if (peek() == c && at < text.length()) {
      at++;
      return true;
    }
    return false;
  }

  private void expect(char c) {
    if (!accept(c)) {
      throw error("expected `" + c + "`");
    }
  }

  private IllegalArgumentException error(String what) {
    return new IllegalArgumentException(
        "bad type `" + text + "` at character " + (at + 1) + ": " + what);
  }
}
