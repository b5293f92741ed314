package io.jsetl.runtime.testkit.synth;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.jspecify.annotations.Nullable;

/** A parsed regular expression that writes strings it matches; see {@link RegexParser}. */
sealed interface RegexNode {

  /**
   * Appends a string this node matches.
   *
   * @param unbounded how many repetitions beyond the least an open quantifier ({@code *}, {@code
   *     +}, {@code {m,}}) may add
   */
  void emit(Random random, int unbounded, StringBuilder out);

  /** Matches nothing but a position: anchors and boundaries. */
  record Position() implements RegexNode {
    @Override
    public void emit(Random random, int unbounded, StringBuilder out) {}
  }

  record Sequence(List<RegexNode> parts) implements RegexNode {
    @Override
    public void emit(Random random, int unbounded, StringBuilder out) {
      for (RegexNode p : parts) {
        p.emit(random, unbounded, out);
      }
    }
  }

  record Alternation(List<RegexNode> choices) implements RegexNode {
    @Override
    public void emit(Random random, int unbounded, StringBuilder out) {
      choices.get(random.nextInt(choices.size())).emit(random, unbounded, out);
    }
  }

  /** {@code max < 0} means no upper limit. */
  record Repeat(RegexNode node, int min, int max) implements RegexNode {
    /** A bounded repetition wider than this adds at most this many beyond its least count. */
    private static final int MAX_SPREAD = 16;

    @Override
    public void emit(Random random, int unbounded, StringBuilder out) {
      int spread = max < 0 ? unbounded : Math.min(max - min, Math.max(unbounded, MAX_SPREAD));
      int n = min + random.nextInt(spread + 1);
      for (int i = 0; i < n; i++) {
        node.emit(random, unbounded, out);
      }
    }
  }

  /** One code point from a union of inclusive ranges ({@code lo, hi} pairs, sorted, disjoint). */
  record CharSet(int[] ranges) implements RegexNode {
    /** What negated classes and {@code .} draw from: printable ASCII. */
    static final CharSet PRINTABLE = range(' ', '~');

    static final CharSet DIGITS = range('0', '9');
    static final CharSet LETTERS = union(List.of(range('a', 'z'), range('A', 'Z')));
    static final CharSet WORD =
        union(List.of(range('a', 'z'), range('A', 'Z'), DIGITS, single('_')));
    static final CharSet ALNUM = union(List.of(range('a', 'z'), range('A', 'Z'), DIGITS));
    static final CharSet SPACE = union(List.of(single(' '), single('\t')));

    static CharSet single(int c) {
      return range(c, c);
    }

    static CharSet range(int lo, int hi) {
      return new CharSet(new int[] {lo, hi});
    }

    static CharSet union(List<CharSet> sets) {
      List<int[]> pairs = new ArrayList<>();
      for (CharSet s : sets) {
        for (int i = 0; i < s.ranges.length; i += 2) {
          pairs.add(new int[] {s.ranges[i], s.ranges[i + 1]});
        }
      }
      pairs.sort((a, b) -> Integer.compare(a[0], b[0]));
      List<int[]> merged = new ArrayList<>();
      for (int[] p : pairs) {
        int @Nullable [] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
        if (last != null && p[0] <= last[1] + 1) {
          last[1] = Math.max(last[1], p[1]);
        } else {
          merged.add(p.clone());
        }
      }
      return new CharSet(merged.stream().flatMapToInt(Arrays::stream).toArray());
    }

    /** The printable ASCII characters not in this set. */
    CharSet complement() {
      List<CharSet> out = new ArrayList<>();
      for (int c = ' '; c <= '~'; c++) {
        if (!contains(c)) {
          out.add(single(c));
        }
      }
      return union(out);
    }

    boolean contains(int c) {
      for (int i = 0; i < ranges.length; i += 2) {
        if (c >= ranges[i] && c <= ranges[i + 1]) {
          return true;
        }
      }
      return false;
    }

    boolean isEmpty() {
      return ranges.length == 0;
    }

    @Override
    public void emit(Random random, int unbounded, StringBuilder out) {
      long size = 0;
      for (int i = 0; i < ranges.length; i += 2) {
        size += ranges[i + 1] - ranges[i] + 1L;
      }
      long k = (long) (random.nextDouble() * size);
      for (int i = 0; i < ranges.length; i += 2) {
        long width = ranges[i + 1] - ranges[i] + 1L;
        if (k < width) {
          out.appendCodePoint((int) (ranges[i] + k));
          return;
        }
        k -= width;
      }
      out.appendCodePoint(ranges[ranges.length - 1]);
    }

    @Override
    public boolean equals(@Nullable Object o) {
      return o instanceof CharSet c && Arrays.equals(ranges, c.ranges);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(ranges);
    }

    @Override
    public String toString() {
      return "CharSet" + Arrays.toString(ranges);
    }
  }
}
