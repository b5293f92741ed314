package io.jsetl.processor.model.schema;

import javax.lang.model.element.AnnotationMirror;

/** A {@code @Decimal(precision, scale)} as written on a component. */
public record DecimalSpec(AnnotationMirror annotation, int precision, int scale) {}
