package io.jsetl.dsl;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a public method as a factory: its return type and {@link #id()} name the deliverable it
 * produces; its parameters are the deliverables it needs (see {@link Input}).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Deliver {
  /** Distinguishes two deliverables of the same type; {@code ""} is the default id. */
  String id() default "";

  /** Name of a connector under {@code jsetl.connectors} that the output is written to. */
  String sink() default "";
}
