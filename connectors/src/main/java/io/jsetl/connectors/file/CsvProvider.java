package io.jsetl.connectors.file;

import com.google.auto.service.AutoService;
import io.jsetl.runtime.connect.ConnectorProvider;

/** {@code storage = csv}. */
@AutoService(ConnectorProvider.class)
public final class CsvProvider extends FileConnectorProvider {
  public CsvProvider() {
    super(FileFormat.CSV);
  }
}
