package io.jsetl.runtime.encoding;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.UndeclaredThrowableException;

/**
 * Reads a record's components into an array and builds a record from one, through method handles
 * looked up once. Only the portable encoder form uses it (see {@link Spark41Encoders}); the main
 * encoders call accessors and constructors from Spark's generated code directly.
 */
final class RecordAccess {
  private final MethodHandle[] accessors;
  private final MethodHandle constructor;

  private RecordAccess(MethodHandle[] accessors, MethodHandle constructor) {
    this.accessors = accessors;
    this.constructor = constructor;
  }

  /** Looks up the accessors and the canonical constructor of a public record. */
  static RecordAccess of(Class<?> recordType) {
    MethodHandles.Lookup lookup = MethodHandles.publicLookup();
    RecordComponent[] components = recordType.getRecordComponents();
    MethodHandle[] accessors = new MethodHandle[components.length];
    Class<?>[] parameters = new Class<?>[components.length];
    try {
      for (int i = 0; i < components.length; i++) {
        accessors[i] =
            lookup
                .unreflect(components[i].getAccessor())
                .asType(MethodType.methodType(Object.class, Object.class));
        parameters[i] = components[i].getType();
      }
      MethodHandle constructor =
          lookup
              .findConstructor(recordType, MethodType.methodType(void.class, parameters))
              .asSpreader(Object[].class, parameters.length)
              .asType(MethodType.methodType(Object.class, Object[].class));
      return new RecordAccess(accessors, constructor);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(
          "cannot reach the accessors or the canonical constructor of " + recordType.getName(), e);
    }
  }

  Object[] components(Object record) {
    Object[] values = new Object[accessors.length];
    for (int i = 0; i < accessors.length; i++) {
      values[i] = call(accessors[i], record);
    }
    return values;
  }

  Object construct(Object[] components) {
    return call(constructor, components);
  }

  private static Object call(MethodHandle handle, Object argument) {
    try {
      return handle.invoke(argument);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      // Records' accessors and canonical constructors cannot declare checked exceptions.
      throw new UndeclaredThrowableException(e);
    }
  }
}
