package io.jsetl.processor.model.schema;

import io.jsetl.dsl.Column;
import io.jsetl.dsl.Decimal;
import io.jsetl.processor.util.AnnotationValues;
import io.jsetl.processor.util.TypeDisplay;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import org.jspecify.annotations.Nullable;

/** Reads the components of a record (the root record or a nested one) into columns. */
final class ColumnReader {
  private final ColumnTypeReader types;

  ColumnReader() {
    this.types = new ColumnTypeReader(this);
  }

  List<ColumnModel> readAll(TypeElement record, ReadingPath path) {
    List<ColumnModel> columns = new ArrayList<>();
    for (RecordComponentElement component : record.getRecordComponents()) {
      columns.add(read(record, component, path.through(component.getSimpleName().toString())));
    }
    return columns;
  }

  private ColumnModel read(TypeElement record, RecordComponentElement component, ReadingPath path) {
    String name = component.getSimpleName().toString();
    Element anchor = fieldOf(record, name).map(f -> (Element) f).orElse(component);
    Optional<AnnotationMirror> columnAnnotation = AnnotationValues.find(anchor, Column.class);
    String column =
        columnAnnotation.map(m -> AnnotationValues.stringValue(m, "value")).orElse(name);
    @Nullable DecimalSpec decimal =
        AnnotationValues.find(anchor, Decimal.class)
            .map(
                m ->
                    new DecimalSpec(
                        m,
                        AnnotationValues.intValue(m, "precision"),
                        AnnotationValues.intValue(m, "scale")))
            .orElse(null);

    TypeMirror javaType = component.asType();
    String display = TypeDisplay.of(javaType);
    boolean primitive = javaType.getKind().isPrimitive();
    boolean marked = Nullability.isMarked(component, anchor, javaType);
    List<MisplacedNullable> misplaced = new ArrayList<>();
    if (marked && primitive) {
      misplaced.add(new MisplacedNullable(MisplacedNullable.Where.PRIMITIVE, display));
    }
    ColumnType type = types.read(javaType, decimal, path, misplaced);
    return new ColumnModel(
        name,
        column,
        display,
        type,
        marked && !primitive,
        CheckReader.read(anchor),
        decimal,
        columnAnnotation.orElse(null),
        misplaced,
        anchor);
  }

  /**
   * The component's private field. It carries the component's annotations (all of jsetl's target
   * fields) and, unlike the component element, has a source position on every JDK.
   */
  private static Optional<VariableElement> fieldOf(TypeElement record, String name) {
    return ElementFilter.fieldsIn(record.getEnclosedElements()).stream()
        .filter(f -> !f.getModifiers().contains(Modifier.STATIC))
        .filter(f -> f.getSimpleName().contentEquals(name))
        .findFirst();
  }
}
