package io.jsetl.cli;

import io.jsetl.cli.infer.InferCommand;
import io.jsetl.cli.schema.SchemaCommand;
import picocli.CommandLine.Command;

/** The top command: {@code jsetl <subcommand>}; alone it only prints help. */
@Command(
    name = "jsetl",
    mixinStandardHelpOptions = true,
    versionProvider = JsetlVersion.class,
    description =
        "Tools for jsetl users: start a @Schema record from data, compare schema versions.",
    subcommands = {InferCommand.class, SchemaCommand.class},
    synopsisSubcommandLabel = "COMMAND")
final class JsetlCommand {}
