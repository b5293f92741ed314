package io.jsetl.runtime.encoding;

import io.jsetl.runtime.RuntimeErrors;
import io.jsetl.runtime.encoding.Encoding.ValueType;
import io.jsetl.runtime.encoding.ValueTypes.FieldOf;
import io.jsetl.runtime.encoding.ValueTypes.ListOf;
import io.jsetl.runtime.encoding.ValueTypes.MapOf;
import io.jsetl.runtime.encoding.ValueTypes.RecordOf;
import io.jsetl.runtime.encoding.ValueTypes.SetOf;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks a record description against the record class when the encoder is built, so that a wrong
 * description fails at once and names the component, instead of failing inside a Spark job.
 * Spark's generated code builds records through the canonical constructor with the fields in
 * description order, so the order, the names and the types must all match the components.
 */
final class RecordCheck {
  private RecordCheck() {}

  static RecordOf checked(RecordOf record) {
    Class<?> type = record.type();
    if (!type.isRecord()) {
      throw RuntimeErrors.notARecord(type);
    }
    requirePublic(type);
    RecordComponent[] components = type.getRecordComponents();
    List<FieldOf> fields = record.fields();
    if (components.length != fields.size()) {
      throw RuntimeErrors.componentCount(type, accessors(components), accessors(fields));
    }
    // Spark resolves column names case-insensitively by default: "Name" and "name" would clash.
    Set<String> columns = new HashSet<>();
    for (int i = 0; i < components.length; i++) {
      RecordComponent component = components[i];
      FieldOf field = fields.get(i);
      if (!component.getName().equals(field.accessor())) {
        throw RuntimeErrors.componentOrder(type, i, component.getName(), field.accessor());
      }
      if (!columns.add(field.column().toLowerCase(Locale.ROOT))) {
        throw RuntimeErrors.duplicateColumn(type, field.column());
      }
      String declared = render(component.getGenericType());
      String described = render(field.type());
      if (!declared.equals(described)) {
        throw RuntimeErrors.typeMismatch(type, field.accessor(), declared, described);
      }
    }
    return record;
  }

  /** Spark's generated code lives in another package: it can only name public types. */
  static void requirePublic(Class<?> type) {
    for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
      if (!Modifier.isPublic(c.getModifiers())) {
        throw RuntimeErrors.notPublic(type, c);
      }
    }
  }

  private static String accessors(RecordComponent[] components) {
    return Arrays.stream(components)
        .map(RecordComponent::getName)
        .collect(Collectors.joining(", "));
  }

  private static String accessors(List<FieldOf> fields) {
    return fields.stream().map(FieldOf::accessor).collect(Collectors.joining(", "));
  }

  /** A declared type as Java spells it; a wildcard counts as its upper bound. */
  private static String render(Type type) {
    if (type instanceof Class<?> c) {
      return c.getTypeName();
    } else if (type instanceof ParameterizedType p) {
      return render(p.getRawType())
          + Arrays.stream(p.getActualTypeArguments())
              .map(RecordCheck::render)
              .collect(Collectors.joining(", ", "<", ">"));
    } else if (type instanceof WildcardType w) {
      return render(w.getUpperBounds()[0]);
    } else {
      return type.getTypeName();
    }
  }

  /** The Java type a description stands for, spelled as {@link #render(Type)} spells it. */
  private static String render(ValueType type) {
    String raw = ValueTypes.javaType(type).getTypeName();
    if (type instanceof ListOf l) {
      return raw + "<" + render(l.element()) + ">";
    } else if (type instanceof SetOf s) {
      return raw + "<" + render(s.element()) + ">";
    } else if (type instanceof MapOf m) {
      return raw + "<" + render(m.key()) + ", " + render(m.value()) + ">";
    } else {
      return raw;
    }
  }
}
