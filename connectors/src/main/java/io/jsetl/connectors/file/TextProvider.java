package io.jsetl.connectors.file;

import com.google.auto.service.AutoService;
import io.jsetl.runtime.connect.ConnectorProvider;

/** {@code storage = text}. */
@AutoService(ConnectorProvider.class)
public final class TextProvider extends FileConnectorProvider {
  public TextProvider() {
    super(FileFormat.TEXT);
  }
}
