package io.jsetl.cli;

import java.util.ArrayList;
import java.util.List;

/** How a failure from a library (Spark, Hadoop) reads on one line. */
public final class ErrorText {
  private ErrorText() {}

  /**
   * The first line of the innermost message in the cause chain: it says what is wrong, while Spark
   * wraps a task's failure in layers ("Job aborted due to stage failure: ...") around it. The
   * type's name when no layer has a message.
   */
  public static String rootLine(Throwable error) {
    List<Throwable> chain = new ArrayList<>();
    for (Throwable t = error; t != null && !chain.contains(t); t = t.getCause()) {
      chain.add(t);
    }
    for (int i = chain.size() - 1; i >= 0; i--) {
      String message = chain.get(i).getMessage();
      if (message != null && !message.isBlank()) {
        return message.strip().lines().findFirst().orElseThrow();
      }
    }
    return error.getClass().getSimpleName();
  }
}
