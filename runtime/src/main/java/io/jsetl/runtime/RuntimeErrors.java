package io.jsetl.runtime;

import com.typesafe.config.ConfigException;
import io.jsetl.runtime.wiring.Key;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Every message the runtime gives, in one place, so that wording stays consistent and stable. The
 * methods return exceptions ({@code throw RuntimeErrors.x(..)}) or, for errors that gather many
 * problems into one exception, one problem line ({@code ...Problem}). Each message says what is
 * wrong, where (pipeline, node, connector, key) and what to do. Configuration values are never
 * quoted, as some are secrets. Internal: not part of the API.
 */
public final class RuntimeErrors {
  private RuntimeErrors() {}

  // ---- The graph: the processor rejects all of these at compile time, so seeing one at run time
  // means the generated code and the runtime are out of step.

  public static IllegalStateException duplicateNodes(String pipeline, List<String> names) {
    return new IllegalStateException(
        "Pipeline "
            + pipeline
            + " has several factory nodes named "
            + String.join(", ", names)
            + ". Node names must be unique; rename one of the overloaded @Deliver methods.");
  }

  public static String missingProducerProblem(String node, Key key, String producerClass) {
    String restriction = producerClass.isEmpty() ? "" : " (restricted to producer " + producerClass + ")";
    return node
        + ": input "
        + key.display()
        + restriction
        + " has no producer: no factory delivers it, no source binds it, and the builder was not"
        + " given it.";
  }

  public static String ambiguousProducerProblem(String node, Key key, List<String> producers) {
    return node
        + ": input "
        + key.display()
        + " has several producers ("
        + String.join(", ", producers)
        + "); set @Input(producer = ...) to choose one.";
  }

  public static String missingOutputProblem(Key key) {
    return "requested output " + key.display() + " has no producer and was not given to the builder.";
  }

  public static String ambiguousOutputProblem(Key key, List<String> producers) {
    return "requested output "
        + key.display()
        + " has several producers ("
        + String.join(", ", producers)
        + "); give them different ids.";
  }

  /** {@code path} in data-flow order, first and last equal. */
  public static String cycleProblem(List<String> path) {
    return "dependency cycle: " + String.join(" -> ", path) + ".";
  }

  public static IllegalStateException invalidGraph(String pipeline, List<String> problems) {
    return new IllegalStateException(
        "Pipeline "
            + pipeline
            + " cannot be wired ("
            + count(problems.size(), "problem")
            + "). The annotation processor checks this at compile time, so the generated code"
            + " does not match this runtime: rebuild the project (clean compile) with one jsetl"
            + " version.\n"
            + bullets(problems));
  }

  // ---- Configuration.

  public static ConfigException badParallelism() {
    return new ConfigException.BadValue(
        "jsetl.parallelism", "must be a whole number of at least 1, or \"auto\" for the core count");
  }

  public static ConfigException badCacheMode() {
    return new ConfigException.BadValue(
        "jsetl.cache", "must be \"auto\" (persist shared Datasets) or \"off\" (never persist)");
  }

  public static ConfigException badValidationMode(String given) {
    return new ConfigException.BadValue(
        "jsetl.validation.on-failure",
        "'" + given + "' is not a mode: use FAIL, DROP or REPORT");
  }

  public static ConfigException badStatisticsMaxFiles(int given) {
    return new ConfigException.BadValue(
        "jsetl.validation.file-statistics-max-files",
        given + " is not a file count: use 0 (never read file statistics) or more");
  }

  public static ConfigException badCacheStorageLevel() {
    return new ConfigException.BadValue(
        "jsetl.cache-storage-level",
        "must name a Spark storage level such as MEMORY_AND_DISK, MEMORY_ONLY, DISK_ONLY or"
            + " MEMORY_AND_DISK_SER (not NONE: set jsetl.cache = off to persist nothing)");
  }

  public static ConfigException sparkOptionSetTwice(String sparkKey, List<String> paths) {
    return new ConfigException.Generic(
        "Spark option "
            + sparkKey
            + " is set twice, at "
            + paths.stream().map(p -> "jsetl.spark." + p).collect(Collectors.joining(" and "))
            + "; keep one.");
  }

  /** {@code usage}: who needs the connector, e.g. {@code read by A.a}. */
  public static String unknownConnectorProblem(
      String connector, String usage, Collection<String> configured) {
    return "jsetl.connectors."
        + connector
        + ": not configured, but "
        + usage
        + ". Add jsetl.connectors."
        + connector
        + " { storage = ..., ... } to the configuration; configured connectors: "
        + listOrNone(configured)
        + ".";
  }

  public static String connectorNotAnObjectProblem(String connector, String usage) {
    return "jsetl.connectors."
        + connector
        + ": must be an object such as { storage = ..., ... } ("
        + usage
        + ").";
  }

  public static String missingStorageProblem(
      String connector, String usage, Collection<String> knownStorages) {
    return "jsetl.connectors."
        + connector
        + ".storage: missing ("
        + usage
        + "); set it to one of: "
        + listOrNone(knownStorages)
        + ".";
  }

  public static String storageNotAStringProblem(String connector) {
    return "jsetl.connectors." + connector + ".storage: must be a string naming a storage kind.";
  }

  /** The storage value itself is not repeated: every value is treated as possibly secret. */
  public static String unknownStorageProblem(
      String connector,
      String usage,
      Collection<String> knownStorages,
      List<String> providerLoadFailures) {
    String failures =
        providerLoadFailures.isEmpty()
            ? ""
            : " Some connector providers could not be loaded: "
                + String.join("; ", providerLoadFailures)
                + ".";
    return "jsetl.connectors."
        + connector
        + ".storage: no connector provider serves this storage ("
        + usage
        + "); known storages: "
        + listOrNone(knownStorages)
        + ". Fix the name, or put the jar that provides it (a ConnectorProvider listed in"
        + " META-INF/services) on the classpath."
        + failures;
  }

  public static String duplicateStorageProblem(
      String connector, String storage, List<String> providerClasses) {
    return "jsetl.connectors."
        + connector
        + ".storage: storage "
        + storage
        + " is served by several providers ("
        + String.join(", ", providerClasses)
        + "); remove one from the classpath.";
  }

  public static String connectorCheckFailedProblem(String connector, Throwable cause) {
    return "jsetl.connectors."
        + connector
        + ": its provider failed while checking it ("
        + cause.getClass().getName()
        + "; the exception is attached as the cause); this is a bug in the provider.";
  }

  /** Only the exception class: a provider's message may quote a value (a URL with a password). */
  public static String connectorOpenFailedProblem(String connector, Throwable cause) {
    return "jsetl.connectors."
        + connector
        + ": its provider could not open it ("
        + cause.getClass().getName()
        + "; the exception is attached as the cause).";
  }

  /** @param cause the first provider crash, if any, for its stack trace */
  public static ConfigException connectorProblems(
      String pipeline, List<String> problems, @Nullable Throwable cause) {
    String message =
        "Pipeline "
            + pipeline
            + " cannot start: "
            + count(problems.size(), "connector problem")
            + " (nothing has run; values are not shown, as some are secrets).\n"
            + bullets(problems);
    return cause == null
        ? new ConfigException.Generic(message)
        : new ConfigException.Generic(message, cause);
  }

  // ---- Running.

  public static IllegalArgumentException notRequested(
      String pipeline, Key key, Collection<? extends Key> requested) {
    return new IllegalArgumentException(
        key.display()
            + " is not a requested output of pipeline "
            + pipeline
            + "; requested: "
            + listOrNone(requested.stream().map(Key::display).toList())
            + ". Add a method returning it to the @Pipeline interface.");
  }

  public static NullPointerException nullValue(String vertex, Key output) {
    return new NullPointerException(
        vertex
            + " returned null for "
            + output.display()
            + "; a factory (or a connector's read) must return a value.");
  }

  public static IllegalStateException sinkNeedsDataset(String node, String sink, Class<?> type) {
    return new IllegalStateException(
        node
            + " delivers a "
            + type.getName()
            + ", but its sink "
            + sink
            + " can only write a Dataset; return a Dataset or remove the sink.");
  }

  public static RuntimeException sinkWriteFailed(String node, String sink, Throwable cause) {
    return new RuntimeException(
        node
            + ": writing its output to sink "
            + sink
            + " failed ("
            + describe(cause)
            + "); check jsetl.connectors."
            + sink
            + " and the target.",
        cause);
  }

  public static RuntimeException sourceReadFailed(String source, String connector, Throwable cause) {
    return new RuntimeException(
        source
            + ": reading connector "
            + connector
            + " failed ("
            + describe(cause)
            + "); check jsetl.connectors."
            + connector
            + " and the data.",
        cause);
  }

  public static IllegalArgumentException noSuchInput(String node, int index, int inputs) {
    return new IllegalArgumentException(
        node + " has " + inputs + " inputs; there is no input " + index + " (generated code is stale: rebuild).");
  }

  /**
   * @param failed failed nodes and causes, in the order they failed
   * @param cancelled cancelled nodes and what they threw when stopped
   * @param notRun needed nodes that never started
   */
  public static PipelineException pipelineFailed(
      RunReport report,
      Map<String, Throwable> failed,
      Map<String, Throwable> cancelled,
      List<String> notRun,
      boolean interrupted) {
    List<String> lines = new ArrayList<>();
    failed.forEach((node, cause) -> lines.add(node + " failed: " + describe(cause)));
    cancelled.forEach((node, cause) -> lines.add(node + " was cancelled: " + describe(cause)));
    if (!notRun.isEmpty()) {
      lines.add("not run: " + String.join(", ", notRun));
    }
    String what =
        interrupted
            ? "was interrupted; running nodes were cancelled"
            : failed.isEmpty()
                ? "did not finish"
                : count(failed.size(), "node") + " failed";
    String todo =
        failed.isEmpty()
            ? ""
            : "\nFix the failed node(s) and run again; failures() maps each to its cause.";
    return PipelineException.of(
        "Pipeline " + report.pipeline() + " (run " + report.runId() + ") " + what + ".\n"
            + bullets(lines) + todo,
        failed,
        report);
  }

  /** Runs are not retried implicitly: a node runs once per pipeline object. */
  public static PipelineException alreadyFailed(PipelineException earlier) {
    Map<String, Throwable> failures = new LinkedHashMap<>(earlier.failures());
    return PipelineException.of(
        "Pipeline "
            + earlier.report().pipeline()
            + " already failed in run "
            + earlier.report().runId()
            + " and each node runs once per pipeline object; build a new one to run again."
            + " The earlier failure:\n"
            + earlier.getMessage(),
        failures,
        earlier.report());
  }

  /** One line: {@code ExceptionClass: first line of its message}. */
  public static String describe(Throwable t) {
    String message = t.getMessage();
    String first = message == null ? "" : message.lines().findFirst().orElse("").strip();
    return first.isEmpty() ? t.getClass().getSimpleName() : t.getClass().getSimpleName() + ": " + first;
  }

  private static String bullets(List<String> lines) {
    return lines.stream().map(l -> "  - " + l).collect(Collectors.joining("\n"));
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  private static String listOrNone(Collection<String> items) {
    return items.isEmpty() ? "(none)" : String.join(", ", items);
  }

  // ---- Encoders (io.jsetl.runtime.encoding): description errors are found when an encoder is
  // built (the generated X_ does not match its record); data errors row by row inside Spark jobs,
  // naming the column by its path from the top record, e.g. 'address.zip' of com.acme.Citizen. ----

  private static final String REGENERATE =
      " Rebuild so the jsetl processor regenerates %s_, or fix the hand-written"
          + " Encoding.encoder(...) call.";

  /** Where a value sits: its column path from the top record, and the top record. */
  public static String column(Class<?> root, String path) {
    return "'" + path + "' of " + root.getName();
  }

  // ---- description errors, found when the encoder is built ----

  public static IllegalArgumentException invalidDecimal(int precision, int scale) {
    return new IllegalArgumentException(
        String.format(
            "decimal(%d,%d) is not a Spark decimal type: the precision must be 1 to 38 and the"
                + " scale 0 to the precision. Fix @Decimal(precision, scale) on the component.",
            precision, scale));
  }

  public static IllegalArgumentException emptyColumnName(String accessor) {
    return new IllegalArgumentException(
        "component '" + accessor + "' has an empty column name. Give @Column a non-empty name.");
  }

  public static IllegalArgumentException notARecord(Class<?> type) {
    return new IllegalArgumentException(
        type.getName()
            + " is not a record: jsetl encodes Java records only. Declare it as a record.");
  }

  public static IllegalArgumentException notPublic(Class<?> type, Class<?> offending) {
    return new IllegalArgumentException(
        String.format(
            "%s cannot be encoded: %s is not public, and Spark's generated code calls its"
                + " constructor and accessors from another package. Make %s public.",
            type.getName(), offending.getName(), offending.getSimpleName()));
  }

  public static IllegalArgumentException componentCount(
      Class<?> type, String declared, String described) {
    return new IllegalArgumentException(
        String.format(
            "the encoder description of %s lists the components [%s], but the record has [%s]."
                + REGENERATE,
            type.getName(), described, declared, type.getSimpleName()));
  }

  public static IllegalArgumentException componentOrder(
      Class<?> type, int index, String declared, String described) {
    return new IllegalArgumentException(
        String.format(
            "component %d of %s is '%s', but the encoder description has '%s' there; fields must"
                + " follow the record's component order, since records are built through the"
                + " canonical constructor."
                + REGENERATE,
            index, type.getName(), declared, described, type.getSimpleName()));
  }

  public static IllegalArgumentException duplicateColumn(Class<?> type, String column) {
    return new IllegalArgumentException(
        String.format(
            "%s has two columns named '%s' (Spark compares column names ignoring case). Rename"
                + " one of them with @Column.",
            type.getName(), column));
  }

  public static IllegalArgumentException typeMismatch(
      Class<?> type, String accessor, String declared, String described) {
    return new IllegalArgumentException(
        String.format(
            "component '%s' of %s is declared as %s, but the encoder description says %s."
                + REGENERATE,
            accessor, type.getName(), declared, described, type.getSimpleName()));
  }

  // ---- data errors, found row by row ----

  public static NullPointerException nullInNonNullColumn(String where) {
    return new NullPointerException(
        "null in non-nullable column "
            + where
            + ". The component is not @Nullable, so Spark stores the column as non-nullable."
            + " Give it a value, or mark the component @Nullable.");
  }

  public static NullPointerException nullElement(String where) {
    return new NullPointerException(
        "null element in column "
            + where
            + ", whose elements are not nullable. Remove the null, or declare the element type"
            + " @Nullable (List<@Nullable T>).");
  }

  public static NullPointerException nullMapValue(String where) {
    return new NullPointerException(
        "null value in map column "
            + where
            + ", whose values are not nullable. Remove the entry, or declare the value type"
            + " @Nullable (Map<K, @Nullable V>).");
  }

  public static NullPointerException nullMapKey(String where) {
    return new NullPointerException(
        "null key in map column "
            + where
            + ": Spark maps cannot have null keys. Remove the entry.");
  }

  public static IllegalArgumentException unknownEnumConstant(
      String where, Class<? extends Enum<?>> type, String value) {
    Enum<?>[] all = type.getEnumConstants();
    String constants =
        all == null ? "" : Arrays.stream(all).map(Enum::name).collect(Collectors.joining(", "));
    return new IllegalArgumentException(
        String.format(
            "column %s holds '%s', which is not a constant of enum %s (constants: %s). Fix the"
                + " data, or add the constant to the enum.",
            where, value, type.getName(), constants));
  }

  public static ArithmeticException decimalOverflow(String where, Object value, int precision, int scale) {
    return new ArithmeticException(
        String.format(
            "column %s: %s does not fit decimal(%d,%d), which holds at most %d integer digits."
                + " Widen @Decimal(precision, scale) on the component, or fix the data.",
            where, value, precision, scale, precision - scale));
  }

  // ---- validation ------------------------------------------------------------------------------

  public static IllegalStateException ruleColumnMissing(
      String where, String column, org.apache.spark.sql.types.StructType schema) {
    return new IllegalStateException(
        String.format(
            "validation of %s: the rules name column '%s', which the data does not have (its"
                + " columns: %s). The data must have the record's schema: give the Dataset its"
                + " X_.ENCODER (e.g. .as(X_.ENCODER)) before returning it.",
            where, column, String.join(", ", schema.fieldNames())));
  }

  public static IllegalStateException ruleOnWrongType(
      String where,
      String rule,
      String column,
      org.apache.spark.sql.types.DataType type,
      String expected) {
    return new IllegalStateException(
        String.format(
            "validation of %s: rule %s on column '%s' needs %s, but the data holds %s there. The"
                + " data must have the record's schema: give the Dataset its X_.ENCODER.",
            where, rule, column, expected, type.simpleString()));
  }

  public static IllegalStateException validatedNotADataset(String node, String target, Class<?> type) {
    return new IllegalStateException(
        String.format(
            "%s %s is validated (@Validate) but is a %s: only a Dataset of a @Schema record can be"
                + " checked.",
            node, target, type.getName()));
  }

  public static IllegalStateException keysInNotProduced(String where, String rule, Key other) {
    return new IllegalStateException(
        String.format(
            "validation of %s: check %s needs %s, which has not been produced when this data is"
                + " checked. Make the factory take it as an @Input (so that it runs first), or"
                + " drop the check.",
            where, rule, other.display()));
  }

  public static IllegalStateException keysInNotADataset(String where, String rule, Key other, Object value) {
    return new IllegalStateException(
        String.format(
            "validation of %s: check %s needs %s as a Dataset, but it is a %s.",
            where, rule, other.display(), value.getClass().getName()));
  }
}
