package io.jsetl.connectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jsetl.runtime.connect.ConnectorProvider;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

class ProvidersTest {
  @Test
  void everyStorageIsFoundByServiceLoader() {
    List<String> storages =
        ServiceLoader.load(ConnectorProvider.class).stream()
            .map(p -> p.get().storage())
            .sorted()
            .toList();
    assertEquals(List.of("csv", "delta", "json", "orc", "parquet", "text"), storages);
  }
}
