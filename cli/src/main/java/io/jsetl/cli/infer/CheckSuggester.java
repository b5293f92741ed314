package io.jsetl.cli.infer;

import io.jsetl.cli.infer.ColumnProfile.NumberSpan;
import io.jsetl.cli.infer.ColumnProfile.TimeSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.NumericType;
import org.apache.spark.sql.types.StringType;

/**
 * The checks a profile suggests for a column: its observed range for numbers and dates; for strings
 * {@code @OneOf} when few values repeat, otherwise {@code @NotBlank} (no blank seen) and
 * {@code @Length(max)}. Non-null is not here: it is the absence of {@code @Nullable}.
 */
final class CheckSuggester {
  private final int oneOfMax;

  CheckSuggester(int oneOfMax) {
    this.oneOfMax = oneOfMax;
  }

  /**
   * Annotations (Java text, simple names) for a column of {@code type}; imports go to {@code use}.
   */
  List<String> suggest(DataType type, ColumnProfile profile, Imports use) {
    List<String> checks = new ArrayList<>();
    if (type instanceof NumericType && profile.numbers() != null) {
      numberRange(profile.numbers(), checks, use);
    } else if (profile.times() != null) {
      timeRange(profile.times(), checks, use);
    } else if (type instanceof StringType && profile.nonNull() > 0) {
      text(profile, checks, use);
    }
    return checks;
  }

  private static void numberRange(NumberSpan span, List<String> checks, Imports use) {
    // NaN and infinities are not bounds one can write; an open range says nothing.
    if (Double.isFinite(span.min()) && Double.isFinite(span.max())) {
      checks.add(
          use.dsl("Range")
              + "(min = "
              + JavaText.number(span.min())
              + ", max = "
              + JavaText.number(span.max())
              + ")");
    }
  }

  private static void timeRange(TimeSpan span, List<String> checks, Imports use) {
    checks.add(
        use.dsl("Range")
            + "(from = "
            + JavaText.string(span.from())
            + ", to = "
            + JavaText.string(span.to())
            + ")");
  }

  /**
   * A column whose values repeat (on average each seen twice) among at most {@code --one-of-max}
   * distinct ones is an enumeration: {@code @OneOf} says all (length and non-blankness follow).
   * Fewer repeats look like free text, e.g. names in a small sample.
   */
  private void text(ColumnProfile profile, List<String> checks, Imports use) {
    List<String> values = profile.fewValues();
    if (values != null && values.size() <= oneOfMax && 2L * values.size() <= profile.nonNull()) {
      checks.add(
          use.dsl("OneOf")
              + "({"
              + values.stream().map(JavaText::string).collect(Collectors.joining(", "))
              + "})");
      return;
    }
    if (!profile.anyBlank()) {
      checks.add(use.dsl("NotBlank"));
    }
    checks.add(use.dsl("Length") + "(max = " + profile.maxLength() + ")");
  }
}
