package io.jsetl.runtime.config;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigObject;
import io.jsetl.runtime.RuntimeErrors;
import io.jsetl.runtime.connect.Connector;
import java.util.Collection;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The opened connectors of one pipeline. Opening checks every connector the run needs first and
 * reports every problem in one exception, so that a user fixes a configuration in one round
 * instead of one error per run, and nothing runs (no Spark job, no partial sink) on a bad
 * configuration.
 */
public final class Connectors {
  private final Map<String, Connector> byName;

  private Connectors(Map<String, Connector> byName) {
    this.byName = byName;
  }

  /** Opens with the providers on the classpath. */
  public static Connectors open(String pipeline, Config config, Collection<ConnectorUse> uses) {
    return open(pipeline, config, uses, ProviderCatalog.installed());
  }

  /**
   * @throws ConfigException listing every problem of every connector in {@code uses}
   */
  public static Connectors open(
      String pipeline, Config config, Collection<ConnectorUse> uses, ProviderCatalog catalog) {
    ConfigObject section =
        config.hasPath("jsetl.connectors") ? config.getObject("jsetl.connectors") : null;
    ConnectorCheck check = new ConnectorCheck(section, catalog);
    SortedMap<String, ConnectorCheck.Checked> checked = new TreeMap<>();
    usages(uses).forEach((name, usage) -> check.check(name, usage).ifPresent(c -> checked.put(name, c)));
    if (check.clean()) {
      Map<String, Connector> opened = new TreeMap<>();
      checked.forEach((name, c) -> check.open(name, c).ifPresent(conn -> opened.put(name, conn)));
      if (check.clean()) {
        return new Connectors(opened);
      }
    }
    throw RuntimeErrors.connectorProblems(pipeline, check.problems(), check.firstCrash());
  }

  /** Each connector with who needs it, so that a message can say why it matters. */
  private static SortedMap<String, String> usages(Collection<ConnectorUse> uses) {
    return uses.stream()
        .collect(
            Collectors.groupingBy(
                ConnectorUse::connector,
                TreeMap::new,
                Collectors.mapping(
                    ConnectorUse::usage,
                    Collectors.collectingAndThen(
                        Collectors.toCollection(TreeSet::new), s -> String.join("; ", s)))));
  }

  /** The opened connector of this name; only names given to {@link #open} exist. */
  public Connector get(String name) {
    Connector c = byName.get(name);
    if (c == null) {
      throw new IllegalArgumentException("connector " + name + " was not opened for this run");
    }
    return c;
  }
}
