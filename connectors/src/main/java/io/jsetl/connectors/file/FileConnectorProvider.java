package io.jsetl.connectors.file;

import io.jsetl.connectors.ConnectorErrors;
import io.jsetl.connectors.internal.ConfigChecker;
import io.jsetl.runtime.connect.ConfigProblem;
import io.jsetl.runtime.connect.Connector;
import io.jsetl.runtime.connect.ConnectorConfig;
import io.jsetl.runtime.connect.ConnectorProvider;
import java.util.List;

/** What every file storage shares; the public subclasses only name their format. */
abstract class FileConnectorProvider implements ConnectorProvider {
  private final FileFormat format;

  FileConnectorProvider(FileFormat format) {
    this.format = format;
  }

  @Override
  public final String storage() {
    return format.storage();
  }

  @Override
  public final List<ConfigProblem> check(ConnectorConfig config) {
    return ConfigChecker.check(config, "a " + storage() + " connector", FileKeys.of(format));
  }

  @Override
  public final Connector open(ConnectorConfig config) {
    List<ConfigProblem> problems = check(config);
    if (!problems.isEmpty()) {
      throw ConnectorErrors.invalidConfig(config.name(), problems);
    }
    return new FileConnector(FileSettings.from(config, format));
  }
}
