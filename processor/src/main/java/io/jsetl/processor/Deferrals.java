package io.jsetl.processor;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.TypeElement;

/**
 * The types a step works on in one round: those annotated in this round plus those deferred from
 * earlier rounds because a type they mention was not resolved yet (it may be generated in this
 * round). Elements are looked up again by name each round, as javac requires. Iteration is sorted
 * by name, so output is deterministic.
 */
final class Deferrals {
  private final Set<String> deferred = new TreeSet<>();

  /**
   * This round's subjects by canonical name (processors never see local or anonymous classes):
   * those deferred from the last round, looked up again, and those annotated in this round.
   */
  Map<String, TypeElement> subjects(ProcessingEnvironment env, Iterable<TypeElement> annotatedNow) {
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
   * Whether to skip {@code type} in this round because it is {@code unresolved}: it is deferred to
   * the next round, or, in the last round, left to javac, which reports the unresolved type itself
   * (a second error from jsetl would only repeat it).
   */
  boolean skip(TypeElement type, boolean unresolved, RoundEnvironment round) {
    if (unresolved && !round.processingOver()) {
      defer(type);
    }
    return unresolved;
  }
}
