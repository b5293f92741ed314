package io.jsetl.cli;

import io.jsetl.cli.infer.InferCommand;
import java.util.function.Supplier;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;

/**
 * Builds the {@code jsetl} command line. The Spark session comes from outside, asked for only by a
 * command that reads data, so tests hand in their shared session and {@code --help} or {@code
 * schema diff} never start Spark.
 */
public final class Cli {
  private Cli() {}

  /**
   * The whole command line; {@code execute(args)} returns the exit code (see {@link ExitCodes}).
   */
  public static CommandLine commandLine(Supplier<SparkSession> spark) {
    CommandLine cli = new CommandLine(new JsetlCommand(), new Factory(spark));
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    ErrorLines errors = new ErrorLines();
    cli.setExecutionExceptionHandler(errors);
    cli.setParameterExceptionHandler(errors);
    return cli;
  }

  /** Gives the commands that read data the session supplier; picocli builds the others. */
  private record Factory(Supplier<SparkSession> spark) implements CommandLine.IFactory {
    @Override
    public <K> K create(Class<K> type) throws Exception {
      if (type == InferCommand.class) {
        return type.cast(new InferCommand(spark));
      }
      return CommandLine.defaultFactory().create(type);
    }
  }
}
