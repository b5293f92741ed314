package io.jsetl.dsl;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Checks a {@code Dataset} of a {@code @Schema} record against the record's rules, fused into the
 * Spark job that reads or writes it (no extra scan per rule).
 *
 * <ul>
 *   <li>On an {@link Input} parameter: the data is checked as the factory reads it.
 *   <li>On a {@link Deliver} method: its output is checked before it is written to its sink and
 *       before any other factory reads it.
 * </ul>
 *
 * <p>When {@link #onFailure()} is not written, the setting {@code jsetl.validation.on-failure}
 * decides ({@code FAIL} unless configured otherwise); the default value below is only what Java
 * requires an annotation to declare.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.PARAMETER, ElementType.METHOD})
public @interface Validate {
  /** What to do with invalid data; when omitted, {@code jsetl.validation.on-failure} decides. */
  OnFailure onFailure() default OnFailure.FAIL;

  /**
   * The connector ({@code jsetl.connectors.<name>}) that receives the invalid rows in {@code DROP}
   * mode, with every column of the record and {@code jsetl_errors}, an {@code array<string>} of
   * {@code "column: rule"}; empty for none.
   */
  String quarantine() default "";
}
