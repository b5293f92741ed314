package io.jsetl.processor.model.schema;

/**
 * A {@code @Nullable} where no null can be stored: on a primitive, on a map key, or on the bytes of
 * a {@code byte[]} ({@code @Nullable byte[]} annotates the element type; the array is
 * {@code byte @Nullable []}).
 *
 * @param javaType the annotated type, as written
 */
public record MisplacedNullable(Where where, String javaType) {
  public enum Where {
    PRIMITIVE,
    MAP_KEY,
    BYTE_ARRAY_ELEMENTS
  }
}
