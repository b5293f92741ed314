package io.jsetl.processor.model.schema;

import io.jsetl.dsl.Check;
import io.jsetl.processor.model.schema.CheckMethodModel.Returns;
import io.jsetl.processor.util.AnnotationValues;
import io.jsetl.processor.util.TypeDisplay;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/** Reads the {@code @Check} methods of a record, in declaration order. */
final class CheckMethodReader {
  /** Spark's column type; looked up by name because the processor never loads Spark. */
  static final String SPARK_COLUMN = "org.apache.spark.sql.Column";

  static final String DATASET_CHECK = "io.jsetl.dsl.DatasetCheck";

  private final Elements elements;
  private final Types types;

  CheckMethodReader(Elements elements, Types types) {
    this.elements = elements;
    this.types = types;
  }

  List<CheckMethodModel> read(TypeElement record) {
    List<CheckMethodModel> out = new ArrayList<>();
    for (ExecutableElement method : ElementFilter.methodsIn(record.getEnclosedElements())) {
      Optional<AnnotationMirror> check = AnnotationValues.find(method, Check.class);
      if (check.isEmpty()) {
        continue;
      }
      String methodName = method.getSimpleName().toString();
      String named = AnnotationValues.stringValue(check.get(), "value");
      out.add(
          new CheckMethodModel(
              method,
              check.get(),
              named.isEmpty() ? methodName : named,
              methodName,
              method.getModifiers().contains(Modifier.PUBLIC),
              method.getModifiers().contains(Modifier.STATIC),
              method.getParameters().size(),
              returns(method.getReturnType()),
              TypeDisplay.of(method.getReturnType()),
              method.getThrownTypes().stream()
                  .filter(this::isChecked)
                  .map(TypeDisplay::of)
                  .toList()));
    }
    return out;
  }

  private Returns returns(TypeMirror type) {
    if (type.getKind() == TypeKind.ERROR) {
      return Returns.UNRESOLVED;
    }
    if (isAssignableTo(type, SPARK_COLUMN)) {
      return Returns.ROW_PREDICATE;
    }
    if (isAssignableTo(type, DATASET_CHECK)) {
      return Returns.DATASET_CHECK;
    }
    return Returns.OTHER;
  }

  private boolean isAssignableTo(TypeMirror type, String qualifiedName) {
    TypeElement target = elements.getTypeElement(qualifiedName);
    return target != null && types.isAssignable(type, types.erasure(target.asType()));
  }

  /** A checked exception: a Supplier's {@code get()} cannot throw it. */
  private boolean isChecked(TypeMirror thrown) {
    return !isAssignableTo(thrown, "java.lang.RuntimeException")
        && !isAssignableTo(thrown, "java.lang.Error");
  }
}
