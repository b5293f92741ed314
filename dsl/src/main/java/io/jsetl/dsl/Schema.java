package io.jsetl.dsl;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a record as a dataset schema: each component is a column. The processor generates
 * {@code X_} beside it with {@code SCHEMA}, {@code ENCODER}, one typed {@link Col} per component and
 * {@code RULES}.
 *
 * <p>Columns are non-null unless the component is annotated {@code @Nullable} (JSpecify's, or any
 * annotation with that simple name).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Schema {
  /** Version of this schema; raise it on a breaking change (removed column, narrowed type). */
  int version() default 1;
}
