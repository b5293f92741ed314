package io.jsetl.connectors.file;

import com.google.auto.service.AutoService;
import io.jsetl.runtime.connect.ConnectorProvider;

/** {@code storage = orc}. */
@AutoService(ConnectorProvider.class)
public final class OrcProvider extends FileConnectorProvider {
  public OrcProvider() {
    super(FileFormat.ORC);
  }
}
