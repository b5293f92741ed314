package io.jsetl.processor;

import io.jsetl.processor.util.StackTraces;
import io.jsetl.processor.validation.Code;
import io.jsetl.processor.validation.Messages;
import io.jsetl.processor.validation.Report;
import javax.lang.model.element.TypeElement;

/** Turns a crash while processing one element into a {@code ProcessorError} on that element. */
final class Failures {
  private Failures() {}

  static void report(Report report, TypeElement subject, String step, Throwable e) {
    report.add(
        Code.ProcessorError,
        Messages.processorFailedOn(subject.getQualifiedName().toString(), step, StackTraces.of(e)),
        subject);
  }
}
