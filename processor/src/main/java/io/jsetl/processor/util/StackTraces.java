package io.jsetl.processor.util;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Renders a throwable for a ProcessorError message, which must carry the whole trace. */
public final class StackTraces {
  private StackTraces() {}

  public static String of(Throwable e) {
    StringWriter out = new StringWriter();
    e.printStackTrace(new PrintWriter(out));
    return out.toString();
  }
}
