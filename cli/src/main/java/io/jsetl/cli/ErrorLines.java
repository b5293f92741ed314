package io.jsetl.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Turns every failure into a short message on stderr and {@link ExitCodes#USAGE}: a CLI user gets
 * what went wrong and what to do, never a stack trace. A bad command line adds where to find help.
 */
final class ErrorLines implements IExecutionExceptionHandler, IParameterExceptionHandler {
  @Override
  public int handleExecutionException(
      Exception error, CommandLine command, ParseResult parseResult) {
    PrintWriter err = command.getErr();
    err.println(command.getCommandSpec().qualifiedName() + ": " + describe(error));
    err.flush();
    return ExitCodes.USAGE;
  }

  @Override
  public int handleParseException(ParameterException error, String[] args) {
    CommandLine command = error.getCommandLine();
    PrintWriter err = command.getErr();
    String name = command.getCommandSpec().qualifiedName();
    err.println(name + ": " + error.getMessage());
    err.println("Run '" + name + " --help' for usage.");
    err.flush();
    return ExitCodes.USAGE;
  }

  /**
   * A {@link CliError} already speaks to the user. Anything else is unexpected; its type and
   * {@linkplain ErrorText#rootLine root message} give a bug report something to start from.
   */
  private static String describe(Exception error) {
    if (error instanceof CliError) {
      return error.getMessage();
    }
    return error.getClass().getSimpleName() + ": " + ErrorText.rootLine(error);
  }
}
