package io.jsetl.processor.model.schema;

import com.palantir.javapoet.ClassName;
import io.jsetl.processor.util.Accessibility;
import io.jsetl.processor.util.GeneratedNames;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/** Reads a {@code @Schema} record into a {@link SchemaModel}; the only place that reads them. */
public final class SchemaReader {
  private final CheckMethodReader checkMethods;

  public SchemaReader(Elements elements, Types types) {
    this.checkMethods = new CheckMethodReader(elements, types);
  }

  /**
   * Reads a record. Throws {@link io.jsetl.processor.util.UnreadableAnnotationException} when an
   * annotation value is broken (javac reports that itself).
   */
  public SchemaModel read(TypeElement record) {
    return new SchemaModel(
        record,
        ClassName.get(record),
        GeneratedNames.schemaCompanion(record),
        Accessibility.innermostNotPublic(record).map(ClassName::get).orElse(null),
        !record.getTypeParameters().isEmpty(),
        new ColumnReader()
            .readAll(record, ReadingPath.startingAt(record.getQualifiedName().toString())),
        checkMethods.read(record));
  }
}
