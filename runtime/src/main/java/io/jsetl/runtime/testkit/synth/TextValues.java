package io.jsetl.runtime.testkit.synth;

import io.jsetl.dsl.Rule;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Strings for a column's {@link Constraints}: one of {@code OneOf}'s values; a match of a {@code
 * Pattern} (e-mail addresses shaped like real ones); whitespace (to break {@code NotBlank}); or
 * else a word of letters and digits of an allowed length.
 */
final class TextValues {
  private TextValues() {}

  private static final int MAX_CACHED_REGEXES = 256;
  private static final Map<String, RegexNode> REGEXES = new ConcurrentHashMap<>();
  private static final List<String> TOP_LEVEL_DOMAINS =
      List.of("com", "org", "net", "io", "example");
  private static final String BLANKS = "   \t\n";
  private static final int DEFAULT_MIN_LENGTH = 3;
  private static final int DEFAULT_MAX_LENGTH = 12;
  private static final int REPEATS = 3;
  private static final int MAX_REPEATS = 64;

  /**
   * A candidate string.
   *
   * @param attempt how many candidates were rejected before; the generator varies its aim with it
   * @throws RegexParser.Unsupported if a pattern is beyond the regex generator
   */
  static String text(Constraints c, Draw d, int attempt) {
    List<String> oneOf = c.oneOf();
    if (oneOf != null) {
      return oneOf.isEmpty() ? "" : oneOf.get(d.random().nextInt(oneOf.size()));
    }
    if (c.blank()) {
      return blank(c, d);
    }
    if (!c.regexes().isEmpty()) {
      String regex = c.regexes().get(attempt % c.regexes().size());
      if (regex.equals(Rule.Email.REGEX) && attempt % 4 != 3) {
        return email(d);
      }
      // Alternate short repetitions with ones long enough to reach a length rule's range.
      int longest =
          c.lengthBounded() ? Math.min(c.maxLength(), c.minLength() + DEFAULT_MAX_LENGTH) : REPEATS;
      int unbounded =
          attempt % 2 == 0 ? REPEATS : Math.max(REPEATS, Math.min(MAX_REPEATS, longest));
      StringBuilder out = new StringBuilder();
      parsed(regex).emit(d.random(), unbounded, out);
      return out.toString();
    }
    return word(c, d);
  }

  /** Letters and digits, starting with a letter, of a length the constraints allow. */
  private static String word(Constraints c, Draw d) {
    int lo = c.lengthBounded() ? c.minLength() : DEFAULT_MIN_LENGTH;
    int hi =
        c.lengthBounded()
            ? (int) Math.min(c.maxLength(), Math.max(c.minLength(), 1L) + DEFAULT_MAX_LENGTH - 1)
            : DEFAULT_MAX_LENGTH;
    if (c.notBlank()) {
      lo = Math.max(lo, 1);
    }
    int length = d.between(lo, hi);
    StringBuilder out = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      (i == 0 ? RegexNode.CharSet.LETTERS : RegexNode.CharSet.ALNUM).emit(d.random(), 0, out);
    }
    return out.toString();
  }

  private static String blank(Constraints c, Draw d) {
    int length = d.between(c.minLength(), (int) Math.min(c.maxLength(), c.minLength() + 3L));
    StringBuilder out = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      out.append(BLANKS.charAt(d.random().nextInt(BLANKS.length())));
    }
    return out.toString();
  }

  /** {@code local@domain.tld}, all lower case: what an e-mail column usually holds. */
  private static String email(Draw d) {
    Constraints part = Constraints.NONE.withLength(3, 8);
    String local = word(part, d).toLowerCase(Locale.ROOT);
    String domain = word(part, d).toLowerCase(Locale.ROOT);
    String tld = TOP_LEVEL_DOMAINS.get(d.random().nextInt(TOP_LEVEL_DOMAINS.size()));
    return local + "@" + domain + "." + tld;
  }

  private static RegexNode parsed(String regex) {
    RegexNode node = REGEXES.get(regex);
    if (node == null) {
      if (REGEXES.size() >= MAX_CACHED_REGEXES) {
        REGEXES.clear();
      }
      node = RegexParser.parse(regex);
      REGEXES.put(regex, node);
    }
    return node;
  }
}
