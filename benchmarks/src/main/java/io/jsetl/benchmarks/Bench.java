package io.jsetl.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import io.jsetl.runtime.testkit.TestSpark;
import org.apache.spark.sql.SparkSession;

/** What every benchmark harness shares: the session, timing samples, and the printed figures. */
final class Bench {
  private Bench() {}

  /** An embedded session with the tests' settings: local[2], UI off, 2 shuffle partitions. */
  static SparkSession session() {
    return TestSpark.localBuilder("jsetl-benchmarks").getOrCreate();
  }

  /** Wall-clock samples of one side of a comparison. */
  static final class Measure {
    final String name;
    final List<Long> nanos = new ArrayList<>();

    Measure(String name) {
      this.name = name;
    }

    void add(long n) {
      nanos.add(n);
    }

    double medianMillis() {
      List<Long> s = new ArrayList<>(nanos);
      s.sort(null);
      int n = s.size();
      double m = n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2.0;
      return m / 1e6;
    }

    double meanMillis() {
      return nanos.stream().mapToLong(Long::longValue).average().orElse(Double.NaN) / 1e6;
    }

    double stddevMillis() {
      double mean = meanMillis();
      double var =
          nanos.stream().mapToDouble(n -> Math.pow(n / 1e6 - mean, 2)).sum()
              / Math.max(1, nanos.size() - 1);
      return Math.sqrt(var);
    }

    @Override
    public String toString() {
      return String.format(
          Locale.ROOT,
          "%-24s median %8.1f ms   mean %8.1f ms ± %6.1f (n=%d)",
          name,
          medianMillis(),
          meanMillis(),
          stddevMillis(),
          nanos.size());
    }
  }

  static void printRatio(String title, Measure subject, Measure baseline) {
    System.out.println();
    System.out.println("== " + title);
    System.out.println(subject);
    System.out.println(baseline);
    System.out.printf(
        Locale.ROOT,
        "ratio (median %s / median %s) = %.3f%n",
        subject.name,
        baseline.name,
        subject.medianMillis() / baseline.medianMillis());
  }
}
