package io.jsetl.processor.validation.schema;

import io.jsetl.processor.model.schema.ColumnModel;
import io.jsetl.processor.model.schema.ColumnType;
import io.jsetl.processor.model.schema.ColumnTypes;
import io.jsetl.processor.model.schema.SchemaModel;
import io.jsetl.processor.validation.Code;
import io.jsetl.processor.validation.Messages;
import io.jsetl.processor.validation.Report;

/**
 * {@code UnsupportedColumnType}: every part of a column's type that jsetl cannot encode, nested
 * records included (a nested record from a library may never have been checked), reported on the
 * component of this record that leads to it; {@code SchemaShape} when the part is an enum or a
 * record that is not public. Unresolved types reach this point only in the last round: earlier
 * rounds defer the record.
 */
final class ColumnTypeValidator implements SchemaValidator {
  @Override
  public void validate(SchemaModel schema, Report report) {
    for (ColumnModel column : schema.columns()) {
      for (ColumnTypes.Located node : ColumnTypes.nodes(column)) {
        if (node.type() instanceof ColumnType.Unsupported u) {
          Anchors.onColumn(
              report,
              u.why() == ColumnType.Why.NOT_PUBLIC ? Code.SchemaShape : Code.UnsupportedColumnType,
              Messages.unsupportedColumnType(
                  schema.qualifiedName(),
                  column.name(),
                  column.javaType(),
                  u.javaType(),
                  node.path(),
                  u.why(),
                  u.detail()),
              column);
        } else if (node.type() instanceof ColumnType.Unresolved u) {
          Anchors.onColumn(
              report,
              Code.UnsupportedColumnType,
              Messages.unresolvedColumnType(schema.qualifiedName(), column.name(), u.javaType()),
              column);
        }
      }
    }
  }
}
