package io.jsetl.cli.infer;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.expressions.Aggregator;
import org.jspecify.annotations.Nullable;

/**
 * Collects the distinct non-null strings of a column, but at most {@code limit + 1} of them: enough
 * to list a low-cardinality column exactly and to know that any other column has more. Unlike
 * {@code collect_set}, memory stays bounded on a column of unique values.
 */
public final class DistinctUpTo extends Aggregator<String, DistinctUpTo.Seen, DistinctUpTo.Seen> {
  private static final long serialVersionUID = 1L;

  private final int limit;

  DistinctUpTo(int limit) {
    this.limit = limit;
  }

  @Override
  public Seen zero() {
    return new Seen();
  }

  @Override
  public Seen reduce(Seen seen, @Nullable String value) {
    if (value != null) {
      seen.add(value, limit + 1);
    }
    return seen;
  }

  @Override
  public Seen merge(Seen left, Seen right) {
    for (String value : right.getValues()) {
      left.add(value, limit + 1);
    }
    return left;
  }

  @Override
  public Seen finish(Seen seen) {
    return seen;
  }

  @Override
  public Encoder<Seen> bufferEncoder() {
    return Encoders.bean(Seen.class);
  }

  @Override
  public Encoder<Seen> outputEncoder() {
    return Encoders.bean(Seen.class);
  }

  /** The values seen so far (a JavaBean, so that Spark can encode it as the aggregation buffer). */
  public static final class Seen implements Serializable {
    private static final long serialVersionUID = 1L;

    private List<String> values = new ArrayList<>();
    private transient @Nullable Set<String> lookup;

    public List<String> getValues() {
      return values;
    }

    public void setValues(List<String> values) {
      this.values = new ArrayList<>(values);
      this.lookup = null;
    }

    void add(String value, int capacity) {
      Set<String> set = lookup;
      if (set == null) {
        set = new HashSet<>(values);
        lookup = set;
      }
      if (values.size() < capacity && set.add(value)) {
        values.add(value);
      }
    }
  }
}
