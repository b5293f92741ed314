package io.jsetl.dsl;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The value lies in an inclusive range. Numbers use {@link #min()} and {@link #max()}; dates and
 * times ({@code LocalDate}, {@code LocalDateTime}, {@code Instant}) use {@link #from()} and
 * {@link #to()} in ISO-8601 form. An unset bound is open.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.FIELD, ElementType.METHOD})
public @interface Range {
  double min() default Double.NEGATIVE_INFINITY;

  double max() default Double.POSITIVE_INFINITY;

  /** Inclusive lower bound for dates and times, ISO-8601 (e.g. {@code "2020-01-01"}). */
  String from() default "";

  /** Inclusive upper bound for dates and times, ISO-8601. */
  String to() default "";
}
