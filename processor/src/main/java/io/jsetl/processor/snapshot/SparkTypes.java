package io.jsetl.processor.snapshot;

import io.jsetl.processor.model.schema.ColumnModel;
import io.jsetl.processor.model.schema.ColumnType;
import io.jsetl.processor.model.schema.ScalarKind;
import java.util.List;

/**
 * The Spark type of a validated column type: the type Spark stores the column as, which is what
 * data written under a schema carries (an enum is a {@code string}, a {@code Set} an {@code array},
 * a nested record a {@code struct} of its columns' Spark names).
 */
final class SparkTypes {
  private SparkTypes() {}

  static SparkType of(ColumnType type) {
    if (type instanceof ColumnType.Scalar s) {
      return new SparkType.Atomic(name(s.kind()));
    } else if (type instanceof ColumnType.Decimal d) {
      return new SparkType.Decimal(d.precision(), d.scale());
    } else if (type instanceof ColumnType.EnumOf) {
      return new SparkType.Atomic(SparkType.Name.STRING);
    } else if (type instanceof ColumnType.ListOf l) {
      return new SparkType.Array(of(l.element()));
    } else if (type instanceof ColumnType.SetOf s) {
      return new SparkType.Array(of(s.element()));
    } else if (type instanceof ColumnType.MapOf m) {
      return new SparkType.MapOf(of(m.key()), of(m.value()));
    } else if (type instanceof ColumnType.Struct s) {
      return new SparkType.Struct(fields(s.columns()));
    }
    // Unsupported and Unresolved types never reach here: snapshots are taken of clean schemas.
    throw new IllegalStateException("No Spark type for a column of type " + type.display());
  }

  private static List<SparkType.Field> fields(List<ColumnModel> columns) {
    return columns.stream().map(c -> new SparkType.Field(c.column(), of(c.type()))).toList();
  }

  private static SparkType.Name name(ScalarKind kind) {
    return switch (kind) {
      case BOOLEAN, BOXED_BOOLEAN -> SparkType.Name.BOOLEAN;
      case BYTE, BOXED_BYTE -> SparkType.Name.TINYINT;
      case SHORT, BOXED_SHORT -> SparkType.Name.SMALLINT;
      case INT, BOXED_INT -> SparkType.Name.INT;
      case LONG, BOXED_LONG -> SparkType.Name.BIGINT;
      case FLOAT, BOXED_FLOAT -> SparkType.Name.FLOAT;
      case DOUBLE, BOXED_DOUBLE -> SparkType.Name.DOUBLE;
      case STRING -> SparkType.Name.STRING;
      case BINARY -> SparkType.Name.BINARY;
      case LOCAL_DATE -> SparkType.Name.DATE;
      case INSTANT -> SparkType.Name.TIMESTAMP;
      case LOCAL_DATE_TIME -> SparkType.Name.TIMESTAMP_NTZ;
    };
  }
}
