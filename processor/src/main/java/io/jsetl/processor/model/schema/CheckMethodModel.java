package io.jsetl.processor.model.schema;

import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;

/**
 * A {@code @Check} method of a {@code @Schema} record.
 *
 * @param ruleName the rule's name in reports: {@code @Check("...")} or the method name
 * @param returns what the method returns, which decides the kind of rule
 * @param returnType the declared return type, for messages
 * @param checkedExceptions checked exceptions it declares (a {@code Supplier} cannot throw them)
 */
public record CheckMethodModel(
    ExecutableElement method,
    AnnotationMirror annotation,
    String ruleName,
    String methodName,
    boolean isPublic,
    boolean isStatic,
    int parameterCount,
    Returns returns,
    String returnType,
    List<String> checkedExceptions) {
  public CheckMethodModel {
    checkedExceptions = List.copyOf(checkedExceptions);
  }

  /** The kinds of rule a check method can define. */
  public enum Returns {
    /** A Spark {@code Column}: a predicate every row must satisfy. */
    ROW_PREDICATE,
    /** A {@code DatasetCheck}: a check over the whole dataset. */
    DATASET_CHECK,
    /** Anything else: an error. */
    OTHER,
    /** A type javac has not resolved yet (maybe generated later). */
    UNRESOLVED
  }
}
