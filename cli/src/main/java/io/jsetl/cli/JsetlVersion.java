package io.jsetl.cli;

import picocli.CommandLine.IVersionProvider;

/** {@code jsetl --version}: the version in the jar's manifest, when run from a jar. */
final class JsetlVersion implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String version = JsetlVersion.class.getPackage().getImplementationVersion();
    return new String[] {"jsetl " + (version == null ? "(development build)" : version)};
  }
}
