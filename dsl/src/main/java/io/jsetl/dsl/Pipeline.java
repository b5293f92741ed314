package io.jsetl.dsl;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an interface whose abstract methods are the outputs a user asks for (return type plus an
 * optional {@link Named} id). The processor generates {@code JsetlX}, which implements it, with a
 * staged {@code builder()}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Pipeline {
  /** The classes whose {@link Deliver} methods make up the pipeline. */
  Class<?>[] factories();
}
