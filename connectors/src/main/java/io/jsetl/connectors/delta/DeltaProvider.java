package io.jsetl.connectors.delta;

import com.google.auto.service.AutoService;
import io.jsetl.connectors.ConnectorErrors;
import io.jsetl.connectors.internal.ConfigChecker;
import io.jsetl.runtime.connect.ConfigProblem;
import io.jsetl.runtime.connect.Connector;
import io.jsetl.runtime.connect.ConnectorConfig;
import io.jsetl.runtime.connect.ConnectorProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * {@code storage = delta}: a Delta Lake table, by {@code path} or by catalog {@code table}. Needs
 * {@code delta-spark} on the classpath, which this class never loads itself, so that {@code
 * ServiceLoader} can list it in applications without Delta.
 */
@AutoService(ConnectorProvider.class)
public final class DeltaProvider implements ConnectorProvider {
  private final BooleanSupplier deltaOnClasspath;

  public DeltaProvider() {
    this(DeltaLake::onClasspath);
  }

  /** For tests: a classpath with or without Delta. */
  DeltaProvider(BooleanSupplier deltaOnClasspath) {
    this.deltaOnClasspath = deltaOnClasspath;
  }

  @Override
  public String storage() {
    return DeltaSettings.STORAGE;
  }

  @Override
  public List<ConfigProblem> check(ConnectorConfig config) {
    List<ConfigProblem> problems =
        new ArrayList<>(ConfigChecker.check(config, "a delta connector", DeltaKeys.ALL));
    problems.addAll(DeltaKeys.place(config));
    DeltaLake.missing(config, deltaOnClasspath.getAsBoolean()).ifPresent(problems::add);
    return problems;
  }

  @Override
  public Connector open(ConnectorConfig config) {
    List<ConfigProblem> problems = check(config);
    if (!problems.isEmpty()) {
      throw ConnectorErrors.invalidConfig(config.name(), problems);
    }
    return new DeltaConnector(DeltaSettings.from(config));
  }
}
