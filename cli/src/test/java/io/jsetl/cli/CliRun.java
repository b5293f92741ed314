package io.jsetl.cli;

import io.jsetl.runtime.testkit.TestSpark;
import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/**
 * One in-process run of {@code jsetl} on the shared test session, with what it printed.
 *
 * @param exitCode what {@code main} would exit with
 */
public record CliRun(int exitCode, String out, String err) {

  public static CliRun of(String... args) {
    CommandLine cli = Cli.commandLine(TestSpark::session);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int exitCode = cli.execute(args);
    return new CliRun(exitCode, out.toString(), err.toString());
  }
}
