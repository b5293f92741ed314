package io.jsetl.processor.writing.schema;

import static io.jsetl.processor.writing.schema.RuntimeTypes.ENCODING;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import io.jsetl.processor.model.schema.ColumnModel;
import io.jsetl.processor.model.schema.ColumnType;
import java.util.List;

/**
 * The {@code Encoding} calls that describe a record to the runtime: one {@code Encoding.field} per
 * component, nested records written inline, recursively, one field per line.
 */
final class EncodingCode {
  private EncodingCode() {}

  /** {@code Encoding.encoder(Citizen.class, fields...)}. */
  static CodeBlock encoder(ClassName record, List<ColumnModel> columns) {
    return call("encoder", record, columns);
  }

  private static CodeBlock call(String method, ClassName record, List<ColumnModel> columns) {
    CodeBlock.Builder code = CodeBlock.builder().add("$T.$N($T.class", ENCODING, method, record);
    if (!columns.isEmpty()) {
      code.add(",\n$>$>");
      code.add(columns.stream().map(EncodingCode::field).collect(CodeBlock.joining(",\n")));
      code.add("$<$<");
    }
    return code.add(")").build();
  }

  /** {@code Encoding.field(column, accessor, type, nullable)}. */
  private static CodeBlock field(ColumnModel column) {
    return CodeBlock.of(
        "$T.field($S, $S, $L, $L)",
        ENCODING,
        column.column(),
        column.name(),
        type(column.type()),
        column.nullable());
  }

  private static CodeBlock type(ColumnType type) {
    if (type instanceof ColumnType.Scalar s) {
      return CodeBlock.of("$T.$N", ENCODING, s.kind().name());
    } else if (type instanceof ColumnType.Decimal d) {
      return CodeBlock.of("$T.decimal($L, $L)", ENCODING, d.precision(), d.scale());
    } else if (type instanceof ColumnType.EnumOf e) {
      return CodeBlock.of("$T.enumOf($T.class)", ENCODING, e.type());
    } else if (type instanceof ColumnType.ListOf l) {
      return CodeBlock.of(
          "$T.list($L, $L)", ENCODING, type(l.element()), l.elementNullable());
    } else if (type instanceof ColumnType.SetOf s) {
      return CodeBlock.of("$T.set($L, $L)", ENCODING, type(s.element()), s.elementNullable());
    } else if (type instanceof ColumnType.MapOf m) {
      return CodeBlock.of(
          "$T.map($L, $L, $L)", ENCODING, type(m.key()), type(m.value()), m.valueNullable());
    } else if (type instanceof ColumnType.Struct s) {
      return call("record", s.type(), s.columns());
    }
    throw new IllegalStateException("Not an encodable column type: " + type);
  }
}
