package io.jsetl.runtime.testkit.synth;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A record type and its columns, built once per {@code Synth} by {@link RecordModels}; rows are
 * made through the canonical constructor.
 */
record RecordModel(Class<?> type, Constructor<?> constructor, List<ColumnNode> columns) {
  RecordModel {
    columns = List.copyOf(columns);
  }

  // A record's constructor takes null for any reference component; the JDK's signature says Object.
  @SuppressWarnings("nullness:argument")
  Object construct(@Nullable Object[] components) {
    try {
      return constructor.newInstance(components);
    } catch (InvocationTargetException e) {
      throw SynthErrors.constructorFailed(type, e.getCause() == null ? e : e.getCause());
    } catch (ReflectiveOperationException | IllegalArgumentException e) {
      throw SynthErrors.constructorFailed(type, e);
    }
  }

  /** The column at {@code path}, looking into nested records. */
  Optional<ColumnNode> find(String path) {
    for (ColumnNode c : columns) {
      if (c.path().equals(path)) {
        return Optional.of(c);
      }
      RecordModel nested = c.nested();
      if (nested != null && path.startsWith(c.path() + ".")) {
        Optional<ColumnNode> found = nested.find(path);
        if (found.isPresent()) {
          return found;
        }
      }
    }
    return Optional.empty();
  }

  /** Every column path, nested ones included, for messages. */
  List<String> paths() {
    List<String> paths = new ArrayList<>();
    for (ColumnNode c : columns) {
      paths.add(c.path());
      RecordModel nested = c.nested();
      if (nested != null) {
        paths.addAll(nested.paths());
      }
    }
    return paths;
  }
}
