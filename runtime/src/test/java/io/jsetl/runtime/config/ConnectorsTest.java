package io.jsetl.runtime.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigFactory;
import io.jsetl.runtime.connect.ConfigProblem;
import io.jsetl.runtime.connect.Connector;
import io.jsetl.runtime.connect.ConnectorConfig;
import io.jsetl.runtime.connect.ConnectorProvider;
import io.jsetl.runtime.testing.MemoryConnectorProvider;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConnectorsTest {
  private static final String SECRET = "hunter2";

  /** A provider whose check crashes, quoting a secret in its message. */
  private static final class CrashingProvider implements ConnectorProvider {
    static final IllegalStateException CRASH = new IllegalStateException("token " + SECRET + " rejected");

    @Override
    public String storage() {
      return "crash";
    }

    @Override
    public List<ConfigProblem> check(ConnectorConfig config) {
      throw CRASH;
    }

    @Override
    public Connector open(ConnectorConfig config) {
      throw new AssertionError("never opened");
    }
  }

  private static final ProviderCatalog CATALOG =
      ProviderCatalog.of(List.of(new MemoryConnectorProvider(), new CrashingProvider()), List.of());

  private static Config config(String connectors) {
    return ConfigFactory.parseString("jsetl.connectors {\n" + connectors + "\n}");
  }

  @Test
  void everyProblemOfEveryConnectorIsReportedTogether() {
    Config config =
        config(
            """
            no_storage { path = "/data/%1$s" }
            bad_storage { storage = "%1$s", password = "%1$s" }
            tableless { storage = memory, password = "%1$s" }
            not_object = "%1$s"
            crashing { storage = crash }
            ok { storage = memory, table = t }
            """
                .formatted(SECRET));
    List<ConnectorUse> uses =
        List.of(
            new ConnectorUse("unknown_one", "read by A.a"),
            new ConnectorUse("no_storage", "read by A.a"),
            new ConnectorUse("bad_storage", "written by B.b"),
            new ConnectorUse("tableless", "read by D.d"),
            new ConnectorUse("tableless", "read by C.c"),
            new ConnectorUse("not_object", "read by E.e"),
            new ConnectorUse("crashing", "read by F.f"),
            new ConnectorUse("ok", "read by G.g"));

    ConfigException e =
        assertThrows(ConfigException.class, () -> Connectors.open("P", config, uses, CATALOG));

    assertEquals(
        """
        Pipeline P cannot start: 6 connector problems (nothing has run; values are not shown, as \
        some are secrets).
          - jsetl.connectors.bad_storage.storage: no connector provider serves this storage \
        (written by B.b); known storages: crash, memory. Fix the name, or put the jar that \
        provides it (a ConnectorProvider listed in META-INF/services) on the classpath.
          - jsetl.connectors.crashing: its provider failed while checking it \
        (java.lang.IllegalStateException; the exception is attached as the cause); this is a bug \
        in the provider.
          - jsetl.connectors.no_storage.storage: missing (read by A.a); set it to one of: crash, \
        memory.
          - jsetl.connectors.not_object: must be an object such as { storage = ..., ... } (read by \
        E.e).
          - jsetl.connectors.tableless.table: missing; set it to an in-memory table name
          - jsetl.connectors.unknown_one: not configured, but read by A.a. Add \
        jsetl.connectors.unknown_one { storage = ..., ... } to the configuration; configured \
        connectors: bad_storage, crashing, no_storage, not_object, ok, tableless.""",
        e.getMessage());
    assertFalse(e.getMessage().contains(SECRET));
    assertSame(CrashingProvider.CRASH, e.getCause());
  }

  @Test
  void aConnectorUsedTwiceIsCheckedOnceAndNamesBothUses() {
    Config config = config("");
    List<ConnectorUse> uses =
        List.of(new ConnectorUse("x", "written by B.b"), new ConnectorUse("x", "read by A.a"));

    ConfigException e = assertThrows(ConfigException.class, () -> Connectors.open("P", config, uses, CATALOG));

    assertEquals(
        "  - jsetl.connectors.x: not configured, but read by A.a; written by B.b. Add"
            + " jsetl.connectors.x { storage = ..., ... } to the configuration; configured connectors:"
            + " (none).",
        e.getMessage().lines().skip(1).findFirst().orElseThrow());
  }

  @Test
  void twoProvidersOfOneStorageAreAProblemWhenUsed() {
    ProviderCatalog twice =
        ProviderCatalog.of(List.of(new MemoryConnectorProvider(), new MemoryConnectorProvider()), List.of());

    ConfigException e =
        assertThrows(
            ConfigException.class,
            () ->
                Connectors.open(
                    "P", config("m { storage = memory, table = t }"), List.of(new ConnectorUse("m", "read by A.a")), twice));

    assertEquals(
        "  - jsetl.connectors.m.storage: storage memory is served by several providers"
            + " (io.jsetl.runtime.testing.MemoryConnectorProvider,"
            + " io.jsetl.runtime.testing.MemoryConnectorProvider); remove one from the classpath.",
        e.getMessage().lines().skip(1).findFirst().orElseThrow());
  }

  @Test
  void providersAreFoundWithServiceLoaderAndStorageIsCaseInsensitive() {
    Connectors connectors =
        Connectors.open(
            "P",
            config("m { storage = MEMORY, table = t }"),
            List.of(new ConnectorUse("m", "read by A.a")));

    assertEquals("m", connectors.get("m").name());
    assertEquals(List.of("memory"), List.copyOf(ProviderCatalog.installed().storages()));
  }
}
