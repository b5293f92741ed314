package io.jsetl.processor.snapshot;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small, strict JSON parser (RFC 8259), so that the processor needs no JSON library. Objects
 * become {@link LinkedHashMap}s (duplicate keys are an error), arrays {@link List}s, numbers {@link
 * BigDecimal}s, and {@code null} {@link #NULL}. Errors give the line and column.
 */
final class JsonParser {
  /** JSON's {@code null}; a Java null cannot be stored in the maps and lists returned. */
  static final Object NULL =
      new Object() {
        @Override
        public String toString() {
          return "null";
        }
      };

  /** Deeper nesting than any snapshot has; the limit keeps a hostile file from overflowing. */
  private static final int MAX_DEPTH = 64;

  private final String text;
  private int at;

  private JsonParser(String text) {
    this.text = text;
  }

  /** The value {@code text} holds; throws {@link SnapshotFormatException}. */
  static Object parse(String text) {
    JsonParser parser = new JsonParser(text);
    if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
      parser.at = 1; // a byte order mark, which some editors write
    }
    Object value = parser.value(0);
    parser.whitespace();
    if (parser.at != text.length()) {
      throw parser.error("unexpected `" + parser.text.charAt(parser.at) + "` after the JSON value");
    }
    return value;
  }

  private Object value(int depth) {
    if (depth > MAX_DEPTH) {
      throw error("nested deeper than " + MAX_DEPTH + " levels");
    }
    whitespace();
    if (at >= text.length()) {
      throw error("unexpected end of text, expected a value");
    }
    char c = text.charAt(at);
    return switch (c) {
      case '{' -> object(depth);
      case '[' -> array(depth);
      case '"' -> string();
      case 't' -> literal("true", Boolean.TRUE);
      case 'f' -> literal("false", Boolean.FALSE);
      case 'n' -> literal("null", NULL);
      default -> {
        if (c == '-' || (c >= '0' && c <= '9')) {
          yield number();
        }
        throw error("unexpected `" + c + "`, expected a value");
      }
    };
  }

  private Map<String, Object> object(int depth) {
    at++; // {
    Map<String, Object> members = new LinkedHashMap<>();
    whitespace();
    if (accept('}')) {
      return members;
    }
    do {
      whitespace();
      if (peek() != '"') {
        throw error("expected a member name in double quotes");
      }
      int keyAt = at;
      String key = string();
      whitespace();
      expect(':');
      Object value = value(depth + 1);
      if (members.putIfAbsent(key, value) != null) {
        at = keyAt;
        throw error("duplicate member \"" + key + "\"");
      }
      whitespace();
    } while (accept(','));
    expect('}');
    return members;
  }

  private List<Object> array(int depth) {
    at++; // [
    List<Object> items = new ArrayList<>();
    whitespace();
    if (accept(']')) {
      return items;
    }
    do {
      items.add(value(depth + 1));
      whitespace();
    } while (accept(','));
    expect(']');
    return items;
  }

  private String string() {
    at++; // "
    StringBuilder out = new StringBuilder();
    while (true) {
      if (at >= text.length()) {
        throw error("unterminated string");
      }
      char c = text.charAt(at++);
      if (c == '"') {
        return out.toString();
      } else if (c == '\\') {
        out.append(escape());
      } else if (c < 0x20) {
        at--;
        throw error("control character U+" + hex(c) + " in a string; write it escaped");
      } else {
        out.append(c);
      }
    }
  }

  private char escape() {
    if (at >= text.length()) {
      throw error("unterminated string");
    }
    char c = text.charAt(at++);
    return switch (c) {
      case '"', '\\', '/' -> c;
      case 'b' -> '\b';
      case 'f' -> '\f';
      case 'n' -> '\n';
      case 'r' -> '\r';
      case 't' -> '\t';
      case 'u' -> unicode();
      default -> {
        at--;
        throw error("unknown escape `\\" + c + "`");
      }
    };
  }

  private char unicode() {
    if (at + 4 > text.length()) {
      throw error("`\\u` needs four hex digits");
    }
    int code = 0;
    for (int i = 0; i < 4; i++) {
      int digit = Character.digit(text.charAt(at), 16);
      if (digit < 0) {
        throw error("`\\u` needs four hex digits");
      }
      code = code * 16 + digit;
      at++;
    }
    return (char) code;
  }

  /** RFC 8259's grammar: {@code -? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?}. */
  private BigDecimal number() {
    int start = at;
    accept('-');
    if (!accept('0')) {
      digits("a digit");
    }
    if (accept('.')) {
      digits("a digit after the decimal point");
    }
    if (accept('e') || accept('E')) {
      if (!accept('+')) {
        accept('-');
      }
      digits("a digit in the exponent");
    }
    try {
      return new BigDecimal(text.substring(start, at));
    } catch (NumberFormatException | ArithmeticException e) {
      at = start;
      throw error("number out of range");
    }
  }

  private void digits(String what) {
    int start = at;
    while (at < text.length() && text.charAt(at) >= '0' && text.charAt(at) <= '9') {
      at++;
    }
    if (start == at) {
      throw error("expected " + what);
    }
  }

  private Object literal(String word, Object value) {
    if (!text.startsWith(word, at)) {
      throw error("unexpected `" + text.charAt(at) + "`, expected a value");
    }
    at += word.length();
    return value;
  }

  private void whitespace() {
    while (at < text.length()) {
      char c = text.charAt(at);
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
        return;
      }
      at++;
    }
  }

  private char peek() {
    return at < text.length() ? text.charAt(at) : '\0';
  }

  private boolean accept(char c) {
    if (at < text.length() && text.charAt(at) == c) {
      at++;
      return true;
    }
    return false;
  }

  private void expect(char c) {
    if (!accept(c)) {
      throw error(
          at < text.length()
              ? "expected `" + c + "` but found `" + text.charAt(at) + "`"
              : "unexpected end of text, expected `" + c + "`");
    }
  }

  private static String hex(char c) {
    return String.format("%04X", (int) c);
  }

  /** An error at the current position, as {@code line L, column C: what}. */
  private SnapshotFormatException error(String what) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < Math.min(at, text.length()); i++) {
      if (text.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new SnapshotFormatException(
        "line " + line + ", column " + (at - lineStart + 1) + ": " + what);
  }
}
