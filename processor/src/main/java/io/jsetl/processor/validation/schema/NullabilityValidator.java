package io.jsetl.processor.validation.schema;

import io.jsetl.processor.model.schema.ColumnModel;
import io.jsetl.processor.model.schema.ColumnType;
import io.jsetl.processor.model.schema.MisplacedNullable;
import io.jsetl.processor.model.schema.SchemaModel;
import io.jsetl.processor.validation.Code;
import io.jsetl.processor.validation.Messages;
import io.jsetl.processor.validation.Report;

/**
 * {@code @Nullable} where no null can be stored. Reported as {@code InvalidCheck}: nullability is
 * the implicit not-null check of the column. Anchored on the component: a type-use annotation has
 * no mirror on the element to point at.
 */
final class NullabilityValidator implements SchemaValidator {
  @Override
  public void validate(SchemaModel schema, Report report) {
    String record = schema.qualifiedName();
    for (ColumnModel column : schema.columns()) {
      for (MisplacedNullable mark : column.misplacedNullables()) {
        String message =
            switch (mark.where()) {
              case PRIMITIVE -> Messages.nullablePrimitive(
                  record, column.name(), mark.javaType(), boxed(column.type()));
              case MAP_KEY -> Messages.nullableMapKey(record, column.name(), mark.javaType());
              case BYTE_ARRAY_ELEMENTS -> Messages.nullableBytes(record, column.name());
            };
        Anchors.onColumn(report, Code.InvalidCheck, message, column);
      }
    }
  }

  private static String boxed(ColumnType type) {
    return type instanceof ColumnType.Scalar s ? s.kind().javaType().box().toString() : "?";
  }
}
