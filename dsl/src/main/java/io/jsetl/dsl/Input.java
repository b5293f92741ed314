package io.jsetl.dsl;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A factory parameter that is a deliverable. A parameter without {@code @Input} is an input with the
 * default id; parameters of type {@code SparkSession}, {@code Config} and {@code RunContext} are
 * injected instead.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PARAMETER)
public @interface Input {
  /** The id of the deliverable; {@code ""} is the default id. */
  String id() default "";

  /** Name of a connector under {@code jsetl.connectors} to read the input from. */
  String source() default "";

  /** Restricts the producer to factories of this class; {@code void.class} means any. */
  Class<?> producer() default void.class;

  /** When nothing provides the input, the factory receives {@code null} instead of failing. */
  boolean optional() default false;
}
