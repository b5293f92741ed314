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
    ClassName recordName = ClassName.get(record);
    String pkg = recordName.packageName();
    return new SchemaModel(
        record,
        recordName,
        GeneratedNames.schemaCompanion(record),
        Accessibility.isPublicEverywhere(record),
        Accessibility.canName(record, pkg),
        !record.getTypeParameters().isEmpty(),
        new ColumnReader(pkg)
            .readAll(record, ReadingPath.startingAt(record.getQualifiedName().toString())),
        checkMethods.read(record));
  }
}
