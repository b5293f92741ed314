package io.jsetl.dsl;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A custom check: a public static no-argument method of the {@code @Schema} record that returns
 * either a Spark {@code Column} (a boolean predicate that every row must satisfy) or a
 * {@link DatasetCheck} (a check over the whole dataset).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Check {
  /** The rule's name in reports; defaults to the method name. */
  String value() default "";
}
