package io.jsetl.connectors.file;

import com.google.auto.service.AutoService;
import io.jsetl.runtime.connect.ConnectorProvider;

/** {@code storage = json}. */
@AutoService(ConnectorProvider.class)
public final class JsonProvider extends FileConnectorProvider {
  public JsonProvider() {
    super(FileFormat.JSON);
  }
}
