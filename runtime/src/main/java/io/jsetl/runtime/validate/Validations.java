package io.jsetl.runtime.validate;

import io.jsetl.dsl.DatasetCheck;
import io.jsetl.dsl.OnFailure;
import io.jsetl.runtime.RunListener;
import io.jsetl.runtime.ValidationException;
import io.jsetl.runtime.ValidationReport;
import io.jsetl.runtime.config.ValidationSettings;
import io.jsetl.runtime.connect.Connector;
import io.jsetl.runtime.wiring.ValidationSpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.spark.sql.Dataset;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The validation points of one pipeline object, created as its nodes run. The engine asks it to
 * wrap validated inputs and outputs, to trace a failed Spark job back to the point whose guard
 * stopped it, and at the end of a run for every report.
 */
public final class Validations {
  /** The start of a guard's Spark error message. */
  static final String MARKER = "jsetl-validation-failed";

  /** The target of a factory's output. */
  public static final String OUTPUT = "output";

  private static final Duration END_GRACE = Duration.ofSeconds(2);

  private static final Logger LOG = LoggerFactory.getLogger(Validations.class);

  private final String prefix = UUID.randomUUID().toString().substring(0, 8);
  private final AtomicInteger counter = new AtomicInteger();
  private final Map<String, ValidationPoint> points = new ConcurrentHashMap<>();
  private final Map<String, Boolean> announced = new ConcurrentHashMap<>();
  private final OnFailure defaultMode;
  private final Duration metricsWait;
  private final int statisticsFiles;
  private final Function<String, Connector> connectors;
  private final Function<DatasetCheck.KeysIn, Supplier<Dataset<?>>> deliverables;
  private final List<RunListener> listeners;

  /**
   * @param settings the mode of a {@code @Validate} that names none, how long to wait for the
   *     metrics of a job that read validated data, how many files' statistics to read
   * @param connectors opens the quarantine connectors
   * @param deliverables finds the data of another deliverable for a {@code keysIn} check
   */
  public Validations(
      ValidationSettings settings,
      Function<String, Connector> connectors,
      Function<DatasetCheck.KeysIn, Supplier<Dataset<?>>> deliverables,
      List<RunListener> listeners) {
    this.defaultMode = settings.onFailure();
    this.metricsWait = settings.metricsWait();
    this.statisticsFiles = settings.statisticsMaxFiles();
    this.connectors = connectors;
    this.deliverables = deliverables;
    this.listeners = List.copyOf(listeners);
  }

  /**
   * Validation points outside a pipeline (benchmarks, tests, a job of one's own): no quarantine
   * connectors and no other deliverables, so {@code DROP} with a quarantine and {@code keysIn}
   * checks fail with an error that says so.
   */
  public static Validations standalone(ValidationSettings settings) {
    return new Validations(
        settings,
        name -> {
          throw new IllegalStateException(
              "quarantine '" + name + "' needs a pipeline's connectors: validate inside a pipeline");
        },
        keysIn -> {
          throw new IllegalStateException(
              "keysIn(" + keysIn.column() + ") needs the pipeline's other deliverables: validate inside a pipeline");
        },
        List.of());
  }

  /**
   * The data to hand on in place of {@code data}, checked as {@code spec} says.
   *
   * @param node the factory's node name
   * @param target {@code "output"} or {@code "input <name>"}
   * @throws ValidationException when a check that must run first fails in {@code FAIL} mode
   */
  public <T> Dataset<T> check(String node, String target, ValidationSpec spec, Dataset<T> data) {
    OnFailure mode = spec.mode(defaultMode);
    String where = node + " " + target;
    FileStatistics statistics =
        FileStatistics.of(data, statisticsFiles, StatisticsProof.dictionaryColumns(spec.rules()));
    CheckPlan plan = CheckPlan.of(spec.rules(), data.schema(), where, deliverables, statistics);
    String id = prefix + "-" + counter.incrementAndGet();
    ValidationPoint point =
        new ValidationPoint(
            id,
            node,
            target,
            spec.rules().recordType().getSimpleName(),
            mode,
            spec.quarantine(),
            plan,
            data,
            connectors);
    points.put(id, point);
    try {
      return point.apply();
    } catch (ValidationException e) {
      announce(point, e.report());
      throw e;
    }
  }

  /**
   * The report of a node's output, right after its sink write read the data in full: waits up to
   * {@code metricsWait} for that job's metrics.
   */
  public List<ValidationReport> settleOutput(String node) {
    List<ValidationReport> settled = new ArrayList<>();
    for (ValidationPoint p : pointsOf(node)) {
      if (!p.target().equals(OUTPUT)) {
        continue;
      }
      ValidationReport r = p.resolve(metricsWait);
      announce(p, r);
      settled.add(r);
    }
    return settled;
  }

  /** The reports of a node's points known by now, without waiting or running anything. */
  public List<ValidationReport> known(String node) {
    return knownOf(pointsOf(node));
  }

  /**
   * The {@link ValidationException} of the point whose guard stopped the job that threw {@code
   * failure}, or {@code failure} itself when no guard of this pipeline did.
   */
  public RuntimeException translate(RuntimeException failure) {
    ValidationPoint point = guardOf(failure);
    if (point == null) {
      return failure;
    }
    ValidationException e = point.failed();
    announce(point, e.report());
    return e;
  }

  /**
   * Every point's report, resolving those still open, ordered by node, then target. Metrics of jobs
   * that ended are normally delivered within milliseconds, so all open points share a short grace
   * (at most {@link #END_GRACE}); a point whose data no job read is then counted by its own job.
   */
  public List<ValidationReport> reports() {
    List<ValidationReport> all = new ArrayList<>();
    Duration grace = metricsWait.compareTo(END_GRACE) < 0 ? metricsWait : END_GRACE;
    long deadline = System.nanoTime() + grace.toNanos();
    for (ValidationPoint p : sorted()) {
      ValidationReport r = p.resolve(Duration.ofNanos(Math.max(0, deadline - System.nanoTime())));
      announce(p, r);
      all.add(r);
    }
    return all;
  }

  /** The reports known by now, without waiting: for a report after a failure. */
  public List<ValidationReport> knownReports() {
    return knownOf(sorted());
  }

  private static List<ValidationReport> knownOf(List<ValidationPoint> points) {
    List<ValidationReport> known = new ArrayList<>();
    for (ValidationPoint p : points) {
      ValidationReport r = p.known();
      if (r != null) {
        known.add(r);
      }
    }
    return known;
  }

  private @Nullable ValidationPoint guardOf(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      String message = t.getMessage();
      int at = message == null ? -1 : message.indexOf(MARKER + "[");
      if (message != null && at >= 0) {
        int end = message.indexOf(']', at);
        ValidationPoint p = end < 0 ? null : points.get(message.substring(at + MARKER.length() + 1, end));
        if (p != null) {
          return p;
        }
      }
    }
    return null;
  }

  private List<ValidationPoint> pointsOf(String node) {
    return sorted().stream().filter(p -> p.node().equals(node)).toList();
  }

  private List<ValidationPoint> sorted() {
    return points.values().stream()
        .sorted(Comparator.comparing(ValidationPoint::node).thenComparing(ValidationPoint::target))
        .toList();
  }

  /** Tells the listeners of a report once; a listener that throws is logged and ignored. */
  private void announce(ValidationPoint point, ValidationReport report) {
    if (announced.putIfAbsent(point.id(), Boolean.TRUE) != null) {
      return;
    }
    for (RunListener l : listeners) {
      try {
        l.validated(report);
      } catch (RuntimeException e) {
        LOG.warn("RunListener {} failed in validated({} {}); ignored", l, point.node(), point.target(), e);
      }
    }
  }
}
