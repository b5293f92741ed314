package io.jsetl.processor;

import io.jsetl.processor.util.UnreadableAnnotationException;
import io.jsetl.processor.validation.Report;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.TypeElement;

/**
 * The types a step works on in one round, and the loop every step runs over them: those annotated
 * in this round plus those deferred from earlier rounds because a type they mention was not
 * resolved yet (it may be generated in this round). Elements are looked up again by name each
 * round, as javac requires. Iteration is sorted by name, so output is deterministic.
 */
final class Deferrals {
  /** What a step does with one subject; it may defer it ({@link #defer}). */
  interface Work {
    void on(String qualifiedName, TypeElement subject);
  }

  private final String step;
  private final Set<String> deferred = new TreeSet<>();

  /** @param step the step's name, for the message of a crash on one subject */
  Deferrals(String step) {
    this.step = step;
  }

  /**
   * Runs {@code work} on each of this round's subjects, one at a time. A broken annotation value
   * defers the subject (javac reports the value itself; a second error would only confuse). Any
   * other failure becomes a {@code ProcessorError} on that subject, and the others still run.
   */
  void forEachSubject(
      ProcessingEnvironment env,
      RoundEnvironment round,
      Iterable<TypeElement> annotatedNow,
      Report report,
      Work work) {
    for (Map.Entry<String, TypeElement> subject : subjects(env, annotatedNow).entrySet()) {
      TypeElement type = subject.getValue();
      try {
        work.on(subject.getKey(), type);
      } catch (UnreadableAnnotationException e) {
        skip(type, true, round);
      } catch (RuntimeException | LinkageError e) {
        Failures.report(report, type, step, e);
      }
    }
  }

  /**
   * As {@link #forEachSubject}, but only on subjects that mention no {@code unresolved} type. The
   * others are deferred to the next round or, in the last round, left to javac, which reports the
   * unresolved type itself (a second error from jsetl would only repeat it).
   */
  void forEachResolved(
      ProcessingEnvironment env,
      RoundEnvironment round,
      Iterable<TypeElement> annotatedNow,
      Report report,
      Predicate<TypeElement> unresolved,
      Work work) {
    forEachSubject(
        env,
        round,
        annotatedNow,
        report,
        (name, type) -> {
          if (!skip(type, unresolved.test(type), round)) {
            work.on(name, type);
          }
        });
  }

  /**
   * This round's subjects by canonical name (processors never see local or anonymous classes):
   * those deferred from the last round, looked up again, and those annotated in this round.
   */
  private Map<String, TypeElement> subjects(
      ProcessingEnvironment env, Iterable<TypeElement> annotatedNow) {
    Map<String, TypeElement> subjects = new TreeMap<>();
    for (String name : deferred) {
      TypeElement type = env.getElementUtils().getTypeElement(name);
      if (type != null) {
        subjects.put(name, type);
      }
    }
    deferred.clear();
    for (TypeElement type : annotatedNow) {
      subjects.put(type.getQualifiedName().toString(), type);
    }
    return subjects;
  }

  /** Try {@code type} again next round. */
  void defer(TypeElement type) {
    deferred.add(type.getQualifiedName().toString());
  }

  /**
   * Whether to skip {@code type} in this round because it is {@code unresolved}; if so, it is
   * deferred to the next round unless this is the last.
   */
  private boolean skip(TypeElement type, boolean unresolved, RoundEnvironment round) {
    if (unresolved && !round.processingOver()) {
      defer(type);
    }
    return unresolved;
  }
}
