package io.jsetl.processor.util;

import javax.lang.model.element.AnnotationMirror;

/**
 * An annotation value that is not of its declared type: javac has already rejected the source
 * (e.g. {@code @Range(min = UNKNOWN)}) and will report it, so processors skip the subject instead
 * of adding a second, confusing error.
 */
public final class UnreadableAnnotationException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public UnreadableAnnotationException(AnnotationMirror mirror, String member) {
    super("Cannot read " + member + " of " + mirror, null, false, false);
  }
}
