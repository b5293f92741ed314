package io.jsetl.cli;

/** What {@code jsetl} exits with; scripts and CI steps branch on these. */
public final class ExitCodes {
  /** The command did what was asked; for {@code schema diff}: nothing breaking. */
  public static final int OK = 0;

  /** {@code schema diff}: at least one change breaks readers of the older schema. */
  public static final int BREAKING = 1;

  /** A usage error, or an input that cannot be read: nothing was done. */
  public static final int USAGE = 2;

  private ExitCodes() {}
}
