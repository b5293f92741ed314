package io.jsetl.processor.model.schema;

import java.util.List;
import javax.lang.model.element.AnnotationMirror;

/**
 * One check annotation on a column, as written, with its annotation mirror so that a problem can
 * point at it. Whether it fits the column's type is decided by validation, not here.
 */
public sealed interface CheckModel {

  /** The annotation as it appears on the component (the anchor of diagnostics). */
  AnnotationMirror annotation();

  /** {@code @Range}: numbers use min/max, dates and times use from/to; unset bounds are open. */
  record Range(AnnotationMirror annotation, double min, double max, String from, String to)
      implements CheckModel {
    public boolean hasNumberBounds() {
      return min != Double.NEGATIVE_INFINITY || max != Double.POSITIVE_INFINITY;
    }

    public boolean hasTemporalBounds() {
      return !from.isEmpty() || !to.isEmpty();
    }
  }

  /** {@code @Length(min, max)}. */
  record Length(AnnotationMirror annotation, int min, int max) implements CheckModel {}

  /** {@code @NotBlank}. */
  record NotBlank(AnnotationMirror annotation) implements CheckModel {}

  /** {@code @Pattern(regex)}. */
  record Pattern(AnnotationMirror annotation, String regex) implements CheckModel {}

  /** {@code @OneOf({...})}. */
  record OneOf(AnnotationMirror annotation, List<String> values) implements CheckModel {
    public OneOf {
      values = List.copyOf(values);
    }
  }

  /** {@code @Unique}. */
  record Unique(AnnotationMirror annotation) implements CheckModel {}
}
