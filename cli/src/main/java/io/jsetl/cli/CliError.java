package io.jsetl.cli;

/**
 * A problem with what the user asked for (a missing file, an unknown format, a bad option value):
 * jsetl prints its message as one line on stderr and exits with {@link ExitCodes#USAGE}, without a
 * stack trace, because the user can fix it from the message alone.
 */
public final class CliError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public CliError(String message) {
    super(message);
  }

  public CliError(String message, Throwable cause) {
    super(message, cause);
  }
}
