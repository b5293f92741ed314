package io.jsetl.connectors;

import com.typesafe.config.ConfigFactory;
import io.jsetl.runtime.connect.ConfigProblem;
import io.jsetl.runtime.connect.Connector;
import io.jsetl.runtime.connect.ConnectorConfig;
import io.jsetl.runtime.connect.ConnectorProvider;
import java.nio.file.Path;
import java.util.List;
import java.util.ServiceLoader;

/** Opens connectors from HOCON the way the runtime does: the provider is found by its storage. */
public final class TestConnectors {
  private TestConnectors() {}

  public static ConnectorConfig config(String name, String hocon) {
    return new ConnectorConfig(name, ConfigFactory.parseString(hocon));
  }

  public static ConnectorProvider provider(String storage) {
    return ServiceLoader.load(ConnectorProvider.class).stream()
        .map(ServiceLoader.Provider::get)
        .filter(p -> p.storage().equals(storage))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no provider for storage " + storage));
  }

  public static List<ConfigProblem> check(String name, String hocon) {
    ConnectorConfig config = config(name, hocon);
    return provider(config.storage().orElseThrow()).check(config);
  }

  public static Connector open(String name, String hocon) {
    ConnectorConfig config = config(name, hocon);
    return provider(config.storage().orElseThrow()).open(config);
  }

  /** A connector of {@code storage} at {@code path}, with more keys in {@code extra}. */
  public static Connector open(String name, String storage, Path path, String extra) {
    return open(name, "storage = " + storage + ", path = \"" + path + "\"\n" + extra);
  }
}
