package io.jsetl.connectors.file;

import com.google.auto.service.AutoService;
import io.jsetl.runtime.connect.ConnectorProvider;

/** {@code storage = parquet}. */
@AutoService(ConnectorProvider.class)
public final class ParquetProvider extends FileConnectorProvider {
  public ParquetProvider() {
    super(FileFormat.PARQUET);
  }
}
