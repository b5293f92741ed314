package io.jsetl.runtime.validate;

import io.jsetl.runtime.RuleFailure;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.expressions.Aggregator;
import org.apache.spark.sql.functions;
import org.jspecify.annotations.Nullable;

/**
 * An aggregate that keeps up to {@link RuleFailure#MAX_SAMPLES} offending values in bounded memory:
 * the smallest distinct ones, so that the samples do not depend on how the data is partitioned or
 * on task timing. Null inputs (rows that pass) are skipped. The result is one string, the samples
 * each prefixed by its length ({@code 3:abc5:hello}), so that any text survives and no encoder for
 * lists is needed.
 */
final class Samples extends Aggregator<String, TreeSet<String>, String> {
  private static final long serialVersionUID = 1L;

  /** The aggregate of {@code value}, a string column that is null for rows that pass. */
  static Column of(Column value) {
    return functions.udaf(new Samples(), Encoders.STRING()).apply(value);
  }

  /** The samples encoded in a result; an absent result (no rows at all) has none. */
  static List<String> decode(@Nullable String encoded) {
    List<String> out = new ArrayList<>();
    if (encoded == null) {
      return out;
    }
    int i = 0;
    while (i < encoded.length()) {
      int colon = encoded.indexOf(':', i);
      int n = Integer.parseInt(encoded.substring(i, colon));
      out.add(encoded.substring(colon + 1, colon + 1 + n));
      i = colon + 1 + n;
    }
    return out;
  }

  @Override
  public TreeSet<String> zero() {
    return new TreeSet<>();
  }

  @Override
  public TreeSet<String> reduce(TreeSet<String> kept, @Nullable String value) {
    if (value != null) {
      kept.add(value);
      if (kept.size() > RuleFailure.MAX_SAMPLES) {
        kept.pollLast();
      }
    }
    return kept;
  }

  @Override
  public TreeSet<String> merge(TreeSet<String> a, TreeSet<String> b) {
    for (String s : b) {
      reduce(a, s);
    }
    return a;
  }

  @Override
  public String finish(TreeSet<String> kept) {
    StringBuilder out = new StringBuilder();
    for (String s : kept) {
      out.append(s.length()).append(':').append(s);
    }
    return out.toString();
  }

  @Override
  @SuppressWarnings("unchecked")
  public Encoder<TreeSet<String>> bufferEncoder() {
    // The buffer crosses the wire only between partial and final aggregation, once per partition:
    // Java serialization is cheap enough there, and unlike Kryo it needs no --add-opens flags.
    return (Encoder<TreeSet<String>>) (Encoder<?>) Encoders.javaSerialization(TreeSet.class);
  }

  @Override
  public Encoder<String> outputEncoder() {
    return Encoders.STRING();
  }
}
