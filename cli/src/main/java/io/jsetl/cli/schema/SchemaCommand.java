package io.jsetl.cli.schema;

import picocli.CommandLine.Command;

/** {@code jsetl schema}: commands on the schema snapshots the processor writes. */
@Command(
    name = "schema",
    mixinStandardHelpOptions = true,
    header = "Works with schema snapshots (META-INF/jsetl/schemas/*.json in a jsetl jar).",
    synopsisSubcommandLabel = "COMMAND",
    subcommands = {SchemaDiffCommand.class})
public final class SchemaCommand {}
