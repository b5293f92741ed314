package io.jsetl.runtime.config;

import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigObject;
import com.typesafe.config.ConfigValue;
import io.jsetl.runtime.RuntimeErrors;
import io.jsetl.runtime.connect.ConfigProblem;
import io.jsetl.runtime.connect.Connector;
import io.jsetl.runtime.connect.ConnectorConfig;
import io.jsetl.runtime.connect.ConnectorProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Checks connectors one by one and collects their problems instead of stopping at the first. A
 * provider that crashes is a problem too; its exception is kept as the cause of the final error,
 * because its message is not shown (it may quote a value).
 */
final class ConnectorCheck {
  /** A connector without problems, ready to open. */
  record Checked(ConnectorProvider provider, ConnectorConfig config) {}

  private final @Nullable ConfigObject section;
  private final ProviderCatalog catalog;
  private final List<String> problems = new ArrayList<>();
  private @Nullable Throwable firstCrash;

  /** @param section {@code jsetl.connectors}, or {@code null} when absent */
  ConnectorCheck(@Nullable ConfigObject section, ProviderCatalog catalog) {
    this.section = section;
    this.catalog = catalog;
  }

  /** @param usage who needs the connector, for the messages */
  Optional<Checked> check(String name, String usage) {
    ConfigValue value = section == null ? null : section.get(name);
    if (value == null) {
      List<String> configured = section == null ? List.of() : List.copyOf(new TreeMap<>(section).keySet());
      return problem(RuntimeErrors.unknownConnectorProblem(name, usage, configured));
    }
    if (!(value instanceof ConfigObject object)) {
      return problem(RuntimeErrors.connectorNotAnObjectProblem(name, usage));
    }
    ConnectorConfig config = new ConnectorConfig(name, object.toConfig());
    Optional<String> storage;
    try {
      storage = config.storage().filter(s -> !s.isBlank());
    } catch (ConfigException.WrongType e) {
      return problem(RuntimeErrors.storageNotAStringProblem(name));
    }
    if (storage.isEmpty()) {
      return problem(RuntimeErrors.missingStorageProblem(name, usage, catalog.storages()));
    }
    List<ConnectorProvider> providers = catalog.byStorage().getOrDefault(storage.get(), List.of());
    if (providers.isEmpty()) {
      return problem(RuntimeErrors.unknownStorageProblem(name, usage, catalog.storages(), catalog.loadFailures()));
    }
    if (providers.size() > 1) {
      List<String> classes = providers.stream().map(p -> p.getClass().getName()).sorted().toList();
      return problem(RuntimeErrors.duplicateStorageProblem(name, storage.get(), classes));
    }
    ConnectorProvider provider = providers.get(0);
    List<ConfigProblem> found;
    try {
      found = provider.check(config);
    } catch (RuntimeException e) {
      crashed(e);
      return problem(RuntimeErrors.connectorCheckFailedProblem(name, e));
    }
    found.forEach(p -> problems.add(p.describe()));
    return found.isEmpty() ? Optional.of(new Checked(provider, config)) : Optional.empty();
  }

  Optional<Connector> open(String name, Checked checked) {
    try {
      return Optional.of(checked.provider().open(checked.config()));
    } catch (RuntimeException e) {
      crashed(e);
      problems.add(RuntimeErrors.connectorOpenFailedProblem(name, e));
      return Optional.empty();
    }
  }

  boolean clean() {
    return problems.isEmpty();
  }

  List<String> problems() {
    return List.copyOf(problems);
  }

  @Nullable Throwable firstCrash() {
    return firstCrash;
  }

  private Optional<Checked> problem(String line) {
    problems.add(line);
    return Optional.empty();
  }

  private void crashed(Throwable e) {
    if (firstCrash == null) {
      firstCrash = e;
    }
  }
}
