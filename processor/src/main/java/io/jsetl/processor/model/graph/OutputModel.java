package io.jsetl.processor.model.graph;

import java.util.Objects;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.type.TypeMirror;

/**
 * A requested output: an abstract method of the {@code @Pipeline} interface.
 *
 * @param key its return type plus its {@code @Named} id
 * @param type its declared return type, which the generated implementation returns
 */
public record OutputModel(ExecutableElement method, DeliverableKey key, TypeMirror type) {
  public OutputModel {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(type, "type");
  }

  public String name() {
    return method.getSimpleName().toString();
  }
}
