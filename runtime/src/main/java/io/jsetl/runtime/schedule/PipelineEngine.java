package io.jsetl.runtime.schedule;

import io.jsetl.runtime.NodeStatus;
import io.jsetl.runtime.PipelineException;
import io.jsetl.runtime.RunReport;
import io.jsetl.runtime.RuntimeErrors;
import io.jsetl.runtime.ValidationException;
import io.jsetl.runtime.ValidationReport;
import io.jsetl.dsl.OnFailure;
import io.jsetl.runtime.validate.Validations;
import io.jsetl.runtime.config.ConnectorUse;
import io.jsetl.runtime.config.Connectors;
import io.jsetl.runtime.config.JsetlSettings;
import io.jsetl.runtime.config.SparkSessions;
import io.jsetl.runtime.graph.Binding;
import io.jsetl.runtime.graph.FactoryVertex;
import io.jsetl.runtime.graph.PipelineGraph;
import io.jsetl.runtime.graph.SourceVertex;
import io.jsetl.runtime.graph.Vertex;
import io.jsetl.runtime.optimize.CachePlan;
import io.jsetl.runtime.optimize.DatasetCache;
import io.jsetl.runtime.report.DotDiagram;
import io.jsetl.runtime.report.MermaidDiagram;
import io.jsetl.runtime.report.PlanText;
import io.jsetl.runtime.wiring.Key;
import io.jsetl.runtime.wiring.PipelineSpec;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.spark.sql.SparkSession;
import org.jspecify.annotations.Nullable;

/**
 * Runs one pipeline object. Every node runs at most once per engine: values are kept, so a
 * requested output runs only what it needs on first use, and {@link #run()} then runs only what is
 * left. A failure is final for the engine (later calls report it again) because re-running half a
 * pipeline could write a sink twice.
 *
 * <p>Nothing touches Spark or the connectors until something must run: building the graph and
 * loading the settings happen at creation, so that a wiring problem shows when the pipeline is
 * built, while {@link #explain()} and the diagrams work without a session.
 */
public final class PipelineEngine {
  private static final DateTimeFormatter RUN_TIME =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

  private final PipelineSpec spec;
  private final PipelineGraph graph;
  private final JsetlSettings settings;
  private final CachePlan cachePlan;
  private final DatasetCache cache;
  private final JobGroups jobs;
  private final TaskListener listener;
  private final Function<Collection<ConnectorUse>, Connectors> connectorOpener;
  private final RunState state;
  private final Validations validations;
  private final Map<String, TaskResult> results = new HashMap<>(); // guarded by this
  /** Set under the lock before the first task; read by tasks, which must not take the lock. */
  private final AtomicReference<@Nullable Connectors> connectors = new AtomicReference<>();
  private @Nullable PipelineException failure; // guarded by this

  private PipelineEngine(
      PipelineSpec spec,
      PipelineGraph graph,
      JsetlSettings settings,
      Lazy<SparkSession> spark,
      JobGroups jobs,
      TaskListener listener,
      Function<Collection<ConnectorUse>, Connectors> connectorOpener) {
    this.spec = spec;
    this.graph = graph;
    this.settings = settings;
    this.cachePlan = CachePlan.of(graph, settings.cache());
    this.cache = new DatasetCache(cachePlan, spec.externals().values());
    this.jobs = jobs;
    this.listener = listener;
    this.connectorOpener = connectorOpener;
    Map<String, Object> values = new ConcurrentHashMap<>();
    this.validations =
        new Validations(
            settings.validation(),
            name -> opened(connectors).get(name),
            check -> Deliverables.find(graph, values, spec.externals(), check),
            spec.listeners());
    this.state =
        new RunState(
            spec.name(),
            newRunId(),
            values,
            spec.externals(),
            spark,
            settings.config(),
            () -> opened(connectors),
            cache,
            validations);
  }

  /**
   * Builds the graph and reads the settings.
   *
   * @throws IllegalStateException if the spec cannot be wired (missing or ambiguous producer, cycle)
   * @throws com.typesafe.config.ConfigException if the settings are invalid
   */
  public static PipelineEngine create(PipelineSpec spec) {
    return create(spec, SparkJobGroups::new, null);
  }

  /**
   * @param jobGroups makes the job-group control from the lazy session ({@link SparkJobGroups} in
   *     production; a fake without Spark in tests)
   * @param listener replaces the console progress when not {@code null}
   */
  static PipelineEngine create(
      PipelineSpec spec,
      Function<Lazy<SparkSession>, JobGroups> jobGroups,
      @Nullable TaskListener listener) {
    PipelineGraph graph = PipelineGraph.of(spec);
    JsetlSettings settings = JsetlSettings.load(spec.config(), spec.parallelism());
    Lazy<SparkSession> spark =
        new Lazy<>(() -> SparkSessions.obtain(spec.spark(), settings.config(), spec.name()));
    TaskListener heard =
        listener != null
            ? listener
            : settings.progress() ? new ConsoleProgress(System.err, graph) : TaskListener.NONE;
    return new PipelineEngine(
        spec,
        graph,
        settings,
        spark,
        jobGroups.apply(spark),
        heard,
        uses -> Connectors.open(spec.name(), settings.config(), uses));
  }

  /** Runs everything the requested outputs and the sinks need that has not run yet. */
  public synchronized RunReport run() {
    Instant start = Instant.now();
    execute(graph.roots(), start);
    List<ValidationReport> checked = validations.reports();
    RunReport report =
        RunReports.report(graph, state.runId(), results, cache.decisions(), start, checked);
    // A FAIL point whose data no job of the run read is counted at the end: fail the run now.
    for (ValidationReport r : checked) {
      if (!r.passed() && r.mode() == OnFailure.FAIL) {
        throw new ValidationException(r);
      }
    }
    return report;
  }

  /** The value of a requested output, running what it needs on first use. */
  @SuppressWarnings("unchecked")
  public synchronized <T> T output(Key key) {
    Binding binding = graph.outputs().get(key);
    if (binding == null) {
      throw RuntimeErrors.notRequested(spec.name(), key, graph.outputs().keySet());
    }
    if (binding instanceof Binding.External) {
      return (T) spec.externals().get(key);
    }
    String producer = ((Binding.FromNode) binding).vertex();
    execute(Set.of(producer), Instant.now());
    return (T) state.values().get(producer);
  }

  public String explain() {
    return PlanText.render(
        graph, cachePlan, settings.parallelism(), settings.validation().onFailure());
  }

  public String mermaid() {
    return MermaidDiagram.render(graph);
  }

  public String dot() {
    return DotDiagram.render(graph);
  }

  /** The id in every job group of this engine: {@code jsetl-<runId>-<node>}. */
  String runId() {
    return state.runId();
  }

  private void execute(Collection<String> roots, Instant start) {
    if (failure != null) {
      throw RuntimeErrors.alreadyFailed(failure);
    }
    Set<String> todo =
        graph.closure(roots).stream()
            .filter(v -> !results.containsKey(v))
            .collect(Collectors.toCollection(TreeSet::new));
    if (todo.isEmpty()) {
      return;
    }
    try {
      openConnectors(); // every connector problem, before anything runs
      jobs.connect();
      List<Task> tasks = todo.stream().map(v -> task(graph.vertex(v), todo)).toList();
      Outcome outcome =
          DagScheduler.run(tasks, settings.parallelism(), listener, "jsetl-" + spec.name());
      results.putAll(outcome.results());
      if (outcome.failed()) {
        PipelineException failed =
            RunReports.failure(
                outcome,
                RunReports.report(
                    graph,
                    state.runId(),
                    results,
                    cache.decisions(),
                    start,
                    validations.knownReports()));
        failure = failed;
        RuntimeException thrown = RunReports.validationFailure(failed).orElse(null);
        throw thrown != null ? thrown : failed;
      }
    } finally {
      releaseCache();
    }
  }

  /**
   * At the end of every call, so that a value is unpersisted only after whatever this call ran on
   * top of its lazy consumers has read it; after a failure nothing runs again, so all is released.
   */
  private void releaseCache() {
    if (failure != null) {
      cache.releaseAll(state.values());
    } else {
      cache.release(
          v -> {
            TaskResult r = results.get(v);
            return r != null && r.status() == NodeStatus.SUCCEEDED;
          },
          state.values());
    }
  }

  private Task task(Vertex v, Set<String> todo) {
    Set<String> waitFor = v.upstream().stream().filter(todo::contains).collect(Collectors.toSet());
    Callable<? extends @Nullable Object> call =
        v instanceof SourceVertex s
            ? new SourceRead(s, state)
            : new FactoryCall((FactoryVertex) v, state);
    Callable<? extends @Nullable Object> body =
        spec.listeners().isEmpty()
            ? call
            : new ListenedCall(v, graph.stage(v.name()), call, spec.listeners(), validations);
    return new VertexTask(
        v.name(),
        v.output(),
        waitFor,
        graph.height(v.name()),
        "jsetl-" + state.runId() + "-" + v.name(),
        spec.name() + ": " + v.name(),
        jobs,
        body,
        state.values());
  }

  /**
   * Checks and opens, once, every connector that a needed source or sink uses, including those of
   * nodes this call does not need: a configuration problem shows on the first call, whichever it
   * is.
   */
  private void openConnectors() {
    if (connectors.get() == null) {
      List<ConnectorUse> uses = new ArrayList<>();
      for (String name : graph.needed()) {
        Vertex v = graph.vertex(name);
        if (v instanceof SourceVertex s) {
          String readers =
              graph.downstream(name).stream().filter(graph::isNeeded).collect(Collectors.joining(", "));
          uses.add(new ConnectorUse(s.connector(), "read by " + readers));
        } else if (v instanceof FactoryVertex f) {
          if (f.hasSink()) {
            uses.add(new ConnectorUse(f.sink(), "written by " + f.name()));
          }
          for (String q : f.spec().quarantines()) {
            uses.add(new ConnectorUse(q, "written with the rows rejected by " + f.name()));
          }
        }
      }
      connectors.set(connectorOpener.apply(uses));
    }
  }

  private static Connectors opened(AtomicReference<@Nullable Connectors> connectors) {
    Connectors c = connectors.get();
    if (c == null) {
      throw new IllegalStateException("connectors are opened before the first task runs");
    }
    return c;
  }

  /** Readable in the Spark UI and unique enough that two engines never share a job group. */
  private static String newRunId() {
    return RUN_TIME.format(Instant.now()) + "-" + UUID.randomUUID().toString().substring(0, 8);
  }
}
