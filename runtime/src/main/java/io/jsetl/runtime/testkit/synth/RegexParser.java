package io.jsetl.runtime.testkit.synth;

import io.jsetl.runtime.testkit.synth.RegexNode.CharSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Parses the common subset of {@code java.util.regex} into a {@link RegexNode}: literals and
 * escapes, character classes (ranges, negation, nesting, {@code \d \w \s} and their negations, a
 * few {@code \p{..}}), {@code .}, groups (capturing, non-capturing, named, inline flags),
 * alternation, the quantifiers {@code ? * + {m} {m,} {m,n}} (greedy, lazy or possessive) and
 * anchors. Anything else (back-references, look-around, class intersection, ...) is {@link
 * Unsupported}. The regex has already compiled, so the parser need not report syntax errors well.
 */
final class RegexParser {
  /** A construct the generator does not handle, in {@code regex}. */
  static final class Unsupported extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String regex;

    Unsupported(String construct, String regex) {
      super(construct);
      this.regex = regex;
    }

    String regex() {
      return regex;
    }
  }

  private static final Map<String, CharSet> PROPERTIES =
      Map.ofEntries(
          Map.entry("Lower", CharSet.range('a', 'z')),
          Map.entry("Ll", CharSet.range('a', 'z')),
          Map.entry("Upper", CharSet.range('A', 'Z')),
          Map.entry("Lu", CharSet.range('A', 'Z')),
          Map.entry("Alpha", CharSet.LETTERS),
          Map.entry("L", CharSet.LETTERS),
          Map.entry("IsAlphabetic", CharSet.LETTERS),
          Map.entry("Digit", CharSet.DIGITS),
          Map.entry("N", CharSet.DIGITS),
          Map.entry("Nd", CharSet.DIGITS),
          Map.entry("Alnum", CharSet.ALNUM),
          Map.entry(
              "Punct",
              CharSet.union(
                  List.of(
                      CharSet.range('!', '/'),
                      CharSet.range(':', '@'),
                      CharSet.range('[', '`'),
                      CharSet.range('{', '~')))),
          Map.entry("Space", CharSet.SPACE),
          Map.entry(
              "XDigit",
              CharSet.union(
                  List.of(CharSet.DIGITS, CharSet.range('a', 'f'), CharSet.range('A', 'F')))),
          Map.entry("ASCII", CharSet.PRINTABLE),
          Map.entry("Print", CharSet.PRINTABLE));

  private final String regex;
  private final int[] cps;
  private int pos;

  private RegexParser(String regex) {
    this.regex = regex;
    this.cps = regex.codePoints().toArray();
  }

  static RegexNode parse(String regex) {
    RegexParser p = new RegexParser(regex);
    RegexNode node = p.alternation();
    if (p.pos < p.cps.length) {
      throw p.unsupported("an unmatched ')' at index " + p.pos);
    }
    return node;
  }

  private RegexNode alternation() {
    List<RegexNode> choices = new ArrayList<>();
    choices.add(sequence());
    while (peek('|')) {
      pos++;
      choices.add(sequence());
    }
    return choices.size() == 1 ? choices.get(0) : new RegexNode.Alternation(choices);
  }

  private RegexNode sequence() {
    List<RegexNode> parts = new ArrayList<>();
    while (pos < cps.length && !peek('|') && !peek(')')) {
      parts.add(quantified(atom()));
    }
    return parts.size() == 1 ? parts.get(0) : new RegexNode.Sequence(parts);
  }

  private RegexNode quantified(RegexNode atom) {
    if (pos >= cps.length) {
      return atom;
    }
    int c = cps[pos];
    int min;
    int max;
    if (c == '*') {
      min = 0;
      max = -1;
    } else if (c == '+') {
      min = 1;
      max = -1;
    } else if (c == '?') {
      min = 0;
      max = 1;
    } else if (c == '{' && pos + 1 < cps.length && Character.isDigit(cps[pos + 1])) {
      pos++;
      min = number();
      max = min;
      if (peek(',')) {
        pos++;
        max = peek('}') ? -1 : number();
      }
      expect('}');
      pos--;
    } else {
      return atom;
    }
    pos++;
    if (peek('?') || peek('+')) {
      pos++; // lazy or possessive: the same strings match
    }
    if (pos < cps.length && (peek('*') || peek('+') || peek('?') || peek('{'))) {
      throw unsupported("a quantifier on a quantifier at index " + pos);
    }
    return new RegexNode.Repeat(atom, min, max);
  }

  private RegexNode atom() {
    int c = cps[pos++];
    switch (c) {
      case '(':
        return group();
      case '[':
        return charClass();
      case '.':
        return CharSet.ALNUM;
      case '^':
      case '$':
        return new RegexNode.Position();
      case '\\':
        return escape();
      case '*':
      case '+':
      case '?':
      case '{':
        throw unsupported("a quantifier with nothing to repeat at index " + (pos - 1));
      default:
        return CharSet.single(c);
    }
  }

  private RegexNode group() {
    if (peek('?')) {
      pos++;
      if (peek(':')) {
        pos++;
      } else if (peek('<') && pos + 1 < cps.length && Character.isLetter(cps[pos + 1])) {
        while (!peek('>')) {
          pos++;
        }
        pos++;
      } else if (peek('=') || peek('!') || peek('<') || peek('>')) {
        throw unsupported("look-around or atomic groups ((?=, (?!, (?<=, (?<!, (?>)");
      } else {
        // Inline flags such as (?i) or (?i:...): a string written as the regex spells it still
        // matches under case-insensitivity, dot-all or multi-line; comments mode changes syntax.
        int start = pos;
        while (pos < cps.length && (Character.isLetter(cps[pos]) || cps[pos] == '-')) {
          pos++;
        }
        if (regex.substring(start, pos).contains("x")) {
          throw unsupported("the comments flag (?x)");
        }
        if (peek(')')) {
          pos++;
          return new RegexNode.Position();
        }
        expect(':');
      }
    }
    RegexNode inner = alternation();
    expect(')');
    return inner;
  }

  private RegexNode charClass() {
    boolean negated = peek('^');
    if (negated) {
      pos++;
    }
    List<CharSet> parts = new ArrayList<>();
    boolean first = true;
    while (first || !peek(']')) {
      if (pos >= cps.length) {
        throw unsupported("an unclosed character class");
      }
      first = false;
      if (peek('[')) {
        pos++;
        parts.add((CharSet) charClass());
        continue;
      }
      if (peek('&') && pos + 1 < cps.length && cps[pos + 1] == '&') {
        throw unsupported("class intersection (&&)");
      }
      CharSet item = classItem();
      if (item.ranges().length == 2
          && item.ranges()[0] == item.ranges()[1]
          && peek('-')
          && pos + 1 < cps.length
          && cps[pos + 1] != ']') {
        pos++;
        CharSet upper = classItem();
        parts.add(CharSet.range(item.ranges()[0], upper.ranges()[upper.ranges().length - 1]));
      } else {
        parts.add(item);
      }
    }
    pos++;
    CharSet set = CharSet.union(parts);
    if (negated) {
      set = set.complement();
    }
    if (set.isEmpty()) {
      throw unsupported("a character class that leaves no printable ASCII character");
    }
    return set;
  }

  private CharSet classItem() {
    int c = cps[pos++];
    if (c != '\\') {
      return CharSet.single(c);
    }
    RegexNode e = escape();
    if (e instanceof CharSet s) {
      return s;
    }
    throw unsupported("\\" + new String(cps, pos - 1, 1) + " inside a character class");
  }

  private RegexNode escape() {
    if (pos >= cps.length) {
      throw unsupported("a trailing backslash");
    }
    int c = cps[pos++];
    switch (c) {
      case 'd':
        return CharSet.DIGITS;
      case 'D':
        return CharSet.DIGITS.complement();
      case 'w':
        return CharSet.WORD;
      case 'W':
        return CharSet.WORD.complement();
      case 's':
        return CharSet.SPACE;
      case 'S':
        return CharSet.SPACE.complement();
      case 'h':
        return CharSet.SPACE;
      case 't':
        return CharSet.single('\t');
      case 'n':
        return CharSet.single('\n');
      case 'r':
        return CharSet.single('\r');
      case 'f':
        return CharSet.single('\f');
      case 'e':
        return CharSet.single(0x1b);
      case 'a':
        return CharSet.single(0x07);
      case 'x':
        return CharSet.single(hex(peek('{') ? braced() : take(2)));
      case 'u':
        return CharSet.single(hex(take(4)));
      case 'p':
      case 'P':
        return property(c == 'P');
      case 'b':
      case 'B':
      case 'A':
      case 'z':
      case 'Z':
      case 'G':
        return new RegexNode.Position();
      case 'Q':
        return quoted();
      default:
        if (Character.isLetterOrDigit(c)) {
          throw unsupported(
              "\\"
                  + new String(Character.toChars(c))
                  + (Character.isDigit(c) ? " (a back-reference)" : ""));
        }
        return CharSet.single(c);
    }
  }

  private RegexNode property(boolean negated) {
    String name = peek('{') ? braced() : take(1);
    String key = name.startsWith("Is") && !PROPERTIES.containsKey(name) ? name.substring(2) : name;
    key = key.startsWith("java") ? key.substring(4) : key;
    CharSet set = PROPERTIES.get(key);
    if (set == null) {
      throw unsupported("\\p{" + name + "}");
    }
    return negated ? set.complement() : set;
  }

  private RegexNode quoted() {
    List<RegexNode> chars = new ArrayList<>();
    while (pos < cps.length && !(cps[pos] == '\\' && pos + 1 < cps.length && cps[pos + 1] == 'E')) {
      chars.add(CharSet.single(cps[pos++]));
    }
    pos = Math.min(cps.length, pos + 2);
    return new RegexNode.Sequence(chars);
  }

  private String braced() {
    expect('{');
    int start = pos;
    while (!peek('}')) {
      if (pos >= cps.length) {
        throw unsupported("an unclosed {");
      }
      pos++;
    }
    String inside = new String(cps, start, pos - start);
    pos++;
    return inside;
  }

  private String take(int n) {
    if (pos + n > cps.length) {
      throw unsupported("a truncated escape");
    }
    String s = new String(cps, pos, n);
    pos += n;
    return s;
  }

  private int hex(String digits) {
    try {
      return Integer.parseInt(digits, 16);
    } catch (NumberFormatException e) {
      throw unsupported("the escape \\x" + digits);
    }
  }

  private int number() {
    int start = pos;
    while (pos < cps.length && Character.isDigit(cps[pos])) {
      pos++;
    }
    return Integer.parseInt(new String(cps, start, pos - start));
  }

  private Unsupported unsupported(String construct) {
    return new Unsupported(construct, regex);
  }

  private boolean peek(int c) {
    return pos < cps.length && cps[pos] == c;
  }

  private void expect(int c) {
    if (!peek(c)) {
      throw unsupported("'" + new String(Character.toChars(c)) + "' expected at index " + pos);
    }
    pos++;
  }
}
