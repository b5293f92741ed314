package io.jsetl.processor.validation.schema;

import io.jsetl.processor.model.schema.ColumnModel;
import io.jsetl.processor.model.schema.DecimalSpec;
import io.jsetl.processor.model.schema.SchemaModel;
import io.jsetl.processor.validation.Code;
import io.jsetl.processor.validation.Messages;
import io.jsetl.processor.validation.Report;

/** {@code @Decimal}: on a BigDecimal, with a precision Spark supports and a scale within it. */
final class DecimalValidator implements SchemaValidator {
  /** Spark's largest decimal precision. */
  static final int MAX_PRECISION = 38;

  @Override
  public void validate(SchemaModel schema, Report report) {
    String record = schema.qualifiedName();
    for (ColumnModel column : schema.columns()) {
      DecimalSpec decimal = column.decimal();
      if (decimal == null || !WrongType.isJudgeable(column.type())) {
        continue;
      }
      if (!column.type().containsDecimal()) {
        WrongType.report(
            report,
            schema,
            column,
            decimal.annotation(),
            "BigDecimal columns (and BigDecimals inside a List, Set or Map)");
      } else if (decimal.precision() < 1 || decimal.precision() > MAX_PRECISION) {
        Anchors.onValue(
            report,
            Code.InvalidCheck,
            Messages.decimalPrecision(record, column.name(), decimal.precision()),
            column,
            decimal.annotation(),
            "precision");
      } else if (decimal.scale() < 0 || decimal.scale() > decimal.precision()) {
        Anchors.onValue(
            report,
            Code.InvalidCheck,
            Messages.decimalScale(record, column.name(), decimal.scale(), decimal.precision()),
            column,
            decimal.annotation(),
            "scale");
      }
    }
  }
}
