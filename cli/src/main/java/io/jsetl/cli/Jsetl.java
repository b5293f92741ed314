package io.jsetl.cli;

/**
 * {@code jsetl}: the entry point. The only place that exits the JVM; the commands return their exit
 * code (see {@link ExitCodes}) so that tests and other tools can run them in-process.
 */
public final class Jsetl {
  private Jsetl() {}

  public static void main(String[] args) {
    LocalSpark spark = new LocalSpark();
    int exitCode;
    try {
      exitCode = Cli.commandLine(spark::session).execute(args);
    } finally {
      spark.stop();
    }
    System.exit(exitCode);
  }
}
