package io.jsetl.dsl;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A string matches a regular expression (found anywhere, as Spark's {@code rlike}; anchor it with
 * {@code ^...$} to match the whole value). The processor rejects a regex that does not compile.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.FIELD, ElementType.METHOD})
public @interface Pattern {
  String value();
}
