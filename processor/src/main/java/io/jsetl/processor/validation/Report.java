package io.jsetl.processor.validation;

import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import org.jspecify.annotations.Nullable;

/**
 * Collects every problem of a round (never only the first) and prints them anchored on their
 * elements. Code is written only for subjects whose report is clean.
 */
public final class Report {
  private final List<Problem> problems = new ArrayList<>();

  public void add(Problem problem) {
    problems.add(problem);
  }

  public void add(Code code, String message, Element element) {
    add(new Problem(code, message, element, null, null));
  }

  public void add(
      Code code,
      String message,
      Element element,
      @Nullable AnnotationMirror annotation,
      @Nullable AnnotationValue value) {
    add(new Problem(code, message, element, annotation, value));
  }

  public void addAll(Report other) {
    problems.addAll(other.problems);
  }

  public List<Problem> problems() {
    return List.copyOf(problems);
  }

  /** No errors (warnings allowed). */
  public boolean isClean() {
    return problems.stream().noneMatch(p -> p.code().kind() == javax.tools.Diagnostic.Kind.ERROR);
  }

  /** Prints every problem through javac's messager, in the order they were found. */
  public void printTo(Messager messager) {
    for (Problem p : problems) {
      if (p.value() != null && p.annotation() != null) {
        messager.printMessage(p.code().kind(), p.text(), p.element(), p.annotation(), p.value());
      } else if (p.annotation() != null) {
        messager.printMessage(p.code().kind(), p.text(), p.element(), p.annotation());
      } else {
        messager.printMessage(p.code().kind(), p.text(), p.element());
      }
    }
  }
}
