package io.jsetl.benchmarks;

import io.jsetl.runtime.testkit.TestSpark;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.spark.SparkContext;
import org.apache.spark.executor.TaskMetrics;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.sql.SparkSession;
import org.jspecify.annotations.Nullable;

/** What every benchmark harness shares: the session, timing samples, and the printed figures. */
final class Bench {
  private Bench() {}

  /** An embedded session with the tests' settings: local[2], UI off, 2 shuffle partitions. */
  static SparkSession session() {
    return TestSpark.localBuilder("jsetl-benchmarks").getOrCreate();
  }

  /**
   * Samples of one side of a comparison: wall-clock time, and, when a {@link TaskCpu} is given to
   * {@link #alternate}, the CPU time of the Spark tasks the side ran.
   */
  static final class Measure {
    final String name;
    final List<Long> nanos = new ArrayList<>();
    final List<Long> cpuNanos = new ArrayList<>();

    Measure(String name) {
      this.name = name;
    }

    void add(long n) {
      nanos.add(n);
    }

    double medianMillis() {
      return median(nanos);
    }

    double medianCpuMillis() {
      return median(cpuNanos);
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

    /** Every wall-clock sample in seconds, in the order measured. */
    String samples() {
      StringBuilder s = new StringBuilder();
      for (long n : nanos) {
        s.append(s.length() == 0 ? "" : " ").append(String.format(Locale.ROOT, "%.1f", n / 1e9));
      }
      return s.toString();
    }

    private static double median(List<Long> samples) {
      if (samples.isEmpty()) {
        return Double.NaN;
      }
      List<Long> s = new ArrayList<>(samples);
      s.sort(null);
      int n = s.size();
      double m = n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2.0;
      return m / 1e6;
    }

    @Override
    public String toString() {
      String wall =
          String.format(
              Locale.ROOT,
              "%-26s median %8.1f ms   mean %8.1f ms ± %6.1f (n=%d)",
              name,
              medianMillis(),
              meanMillis(),
              stddevMillis(),
              nanos.size());
      return cpuNanos.isEmpty()
          ? wall
          : wall
              + String.format(
                  Locale.ROOT, "   task CPU median %8.1f ms   [%s s]", medianCpuMillis(), samples());
    }
  }

  /**
   * The CPU time of the Spark tasks that ran since the last {@link #take()}: unlike wall-clock time,
   * it hardly moves when other processes compete for the cores, so it shows what a side costs on a
   * busy machine. Driver work (planning, jsetl's own code) is not in it; wall-clock time has it.
   */
  static final class TaskCpu extends SparkListener {
    private final SparkContext context;
    private final AtomicLong nanos = new AtomicLong();

    private TaskCpu(SparkContext context) {
      this.context = context;
    }

    static TaskCpu on(SparkSession spark) {
      TaskCpu meter = new TaskCpu(spark.sparkContext());
      spark.sparkContext().addSparkListener(meter);
      return meter;
    }

    @Override
    public void onTaskEnd(SparkListenerTaskEnd end) {
      TaskMetrics m = end.taskMetrics();
      if (m != null) {
        nanos.addAndGet(m.executorCpuTime() + m.executorDeserializeCpuTime());
      }
    }

    /** The tasks' CPU nanoseconds since the last call, once every task end has been delivered. */
    long take() {
      try {
        context.listenerBus().waitUntilEmpty();
      } catch (TimeoutException e) {
        throw new IllegalStateException("Spark's listener bus did not drain", e);
      }
      return nanos.getAndSet(0);
    }
  }

  /**
   * A benchmark's three arguments ({@code -Dbench.args="size warmup measured"}), each defaulted when
   * absent: the data size (rows, or a TPC-H scale factor), warm-up rounds, measured rounds.
   */
  record Args(double size, int warmup, int measured) {
    static Args parse(String[] args, double size, int warmup, int measured) {
      return new Args(
          args.length > 0 ? Double.parseDouble(args[0]) : size,
          args.length > 1 ? Integer.parseInt(args[1]) : warmup,
          args.length > 2 ? Integer.parseInt(args[2]) : measured);
    }
  }

  /** One side of a comparison: where its times go, and the work timed (checks included). */
  record Side(Measure measure, Runnable work) {}

  /** {@link #alternate(int, int, List, TaskCpu)} measuring wall-clock time only. */
  static void alternate(int warmup, int measured, List<Side> sides) {
    alternate(warmup, measured, sides, null);
  }

  /**
   * Runs every side once per round, {@code warmup} rounds first (not recorded), then {@code
   * measured} recorded rounds. Round {@code i} starts with side {@code i mod n} and goes on in
   * order, so that each side goes first equally often and none always runs on a warmer (or more
   * littered) JVM than another.
   *
   * @param cpu when not null, also records each run's task CPU time
   */
  static void alternate(int warmup, int measured, List<Side> sides, @Nullable TaskCpu cpu) {
    int n = sides.size();
    for (int round = 0; round < warmup + measured; round++) {
      for (int k = 0; k < n; k++) {
        Side side = sides.get((round + k) % n);
        if (cpu != null) {
          cpu.take(); // drops whatever ran before
        }
        long t0 = System.nanoTime();
        side.work().run();
        long nanos = System.nanoTime() - t0;
        if (round >= warmup) {
          side.measure().add(nanos);
          if (cpu != null) {
            side.measure().cpuNanos.add(cpu.take());
          }
        }
      }
    }
  }

  static void printRatio(String title, Measure subject, Measure baseline) {
    System.out.println();
    System.out.println("== " + title);
    System.out.println(subject);
    System.out.println(baseline);
    System.out.println(ratio("median", subject.medianMillis(), baseline.medianMillis(), subject, baseline));
  }

  /** Every subject against one baseline: its median ratios and the overheads they make. */
  static void printOverheads(String title, Measure baseline, List<Measure> subjects) {
    System.out.println();
    System.out.println("== " + title);
    System.out.println(baseline);
    subjects.forEach(System.out::println);
    for (Measure s : subjects) {
      System.out.println(
          ratio("median", s.medianMillis(), baseline.medianMillis(), s, baseline)
              + overhead(s.medianMillis(), baseline.medianMillis()));
      if (!s.cpuNanos.isEmpty()) {
        System.out.println(
            ratio("task CPU", s.medianCpuMillis(), baseline.medianCpuMillis(), s, baseline)
                + overhead(s.medianCpuMillis(), baseline.medianCpuMillis()));
      }
    }
  }

  private static String ratio(
      String what, double subject, double baseline, Measure subjectSide, Measure baselineSide) {
    return String.format(
        Locale.ROOT,
        "ratio (%s %s / %s %s) = %.3f",
        what,
        subjectSide.name,
        what,
        baselineSide.name,
        subject / baseline);
  }

  private static String overhead(double subject, double baseline) {
    return String.format(Locale.ROOT, ", overhead %+.1f %%", 100 * (subject / baseline - 1));
  }
}
