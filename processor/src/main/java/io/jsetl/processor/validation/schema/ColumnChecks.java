package io.jsetl.processor.validation.schema;

import io.jsetl.processor.model.schema.CheckModel;
import io.jsetl.processor.model.schema.ColumnModel;
import io.jsetl.processor.model.schema.SchemaModel;
import java.util.function.BiConsumer;

/**
 * The walk every column-check rule makes: each check of one kind, with its column, in declaration
 * order. Columns whose type is not judgeable ({@link WrongType#isJudgeable}) are skipped: their
 * type problem is reported already.
 */
final class ColumnChecks {
  private ColumnChecks() {}

  static <C extends CheckModel> void forEach(
      SchemaModel schema, Class<C> kind, BiConsumer<ColumnModel, C> rule) {
    for (ColumnModel column : schema.columns()) {
      if (!WrongType.isJudgeable(column.type())) {
        continue;
      }
      for (CheckModel check : column.checks()) {
        if (kind.isInstance(check)) {
          rule.accept(column, kind.cast(check));
        }
      }
    }
  }
}
