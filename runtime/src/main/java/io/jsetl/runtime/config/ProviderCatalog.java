package io.jsetl.runtime.config;

import io.jsetl.runtime.connect.ConnectorProvider;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The connector providers on the classpath, by storage. A provider that fails to load is noted
 * rather than fatal: one broken jar must not stop pipelines that do not use its storage, but its
 * failure explains an "unknown storage" error.
 *
 * @param byStorage every provider serving each storage (more than one is a problem when used)
 * @param loadFailures why providers could not be loaded
 */
public record ProviderCatalog(Map<String, List<ConnectorProvider>> byStorage, List<String> loadFailures) {
  /** Guards against a ServiceLoader that keeps failing on the same entry. */
  private static final int MAX_LOAD_FAILURES = 50;

  public ProviderCatalog {
    byStorage = Collections.unmodifiableMap(new TreeMap<>(byStorage));
    loadFailures = List.copyOf(loadFailures);
  }

  /** The providers registered in {@code META-INF/services} and visible to this thread. */
  public static ProviderCatalog installed() {
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    if (loader == null) {
      loader = ProviderCatalog.class.getClassLoader();
    }
    List<ConnectorProvider> providers = new ArrayList<>();
    List<String> failures = new ArrayList<>();
    Iterator<ConnectorProvider> it = ServiceLoader.load(ConnectorProvider.class, loader).iterator();
    while (failures.size() < MAX_LOAD_FAILURES) {
      try {
        if (!it.hasNext()) {
          break;
        }
        providers.add(it.next());
      } catch (ServiceConfigurationError e) {
        failures.add(String.valueOf(e.getMessage()));
      }
    }
    return of(providers, failures);
  }

  public static ProviderCatalog of(List<ConnectorProvider> providers, List<String> loadFailures) {
    Map<String, List<ConnectorProvider>> byStorage = new TreeMap<>();
    for (ConnectorProvider p : providers) {
      byStorage
          .computeIfAbsent(p.storage().toLowerCase(Locale.ROOT), s -> new ArrayList<>())
          .add(p);
    }
    return new ProviderCatalog(byStorage, loadFailures);
  }

  public SortedSet<String> storages() {
    return new TreeSet<>(byStorage.keySet());
  }
}
