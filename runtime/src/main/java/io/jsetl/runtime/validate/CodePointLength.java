package io.jsetl.runtime.validate;

import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.expressions.Expression;
import org.apache.spark.sql.catalyst.expressions.codegen.CodegenContext;
import org.apache.spark.sql.catalyst.expressions.codegen.ExprCode;
import org.apache.spark.sql.classic.ExpressionUtils;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.unsafe.Platform;
import org.apache.spark.unsafe.types.UTF8String;
import org.jspecify.annotations.Nullable;

/**
 * The length of a string in characters, as Spark's {@code length} counts them, faster on ASCII text:
 * eight bytes are tested at a time for a byte of 128 or more, and a string without one has as many
 * characters as bytes. Other strings are counted by Spark ({@code UTF8String.numChars}), so the
 * result is always Spark's. Spark's own count walks the bytes one by one, following each lead byte,
 * and stores the result in a volatile field; on TPC-H's {@code comment} column it cost about 6 % of
 * a read-price-write job, most of what a {@code @Length} rule costs (see benchmarks/RESULTS.md).
 *
 * <p>Public only because Spark's generated code, compiled in another package, calls {@link
 * #count}: not part of jsetl's API.
 */
public final class CodePointLength extends JavaUnaryExpression {
  private static final long serialVersionUID = 1L;
  private static final long HIGH_BITS = 0x8080808080808080L;

  public CodePointLength(Expression child) {
    super(child);
  }

  /** The length of a string column. */
  static Column of(Column string) {
    return new CodePointLength(ExpressionUtils.expression(string)).column();
  }

  /** Spark's character count of {@code s}, without walking the bytes one by one when all are ASCII. */
  public static int count(UTF8String s) {
    Object base = s.getBaseObject();
    long offset = s.getBaseOffset();
    int bytes = s.numBytes();
    int i = 0;
    for (; i + 8 <= bytes; i += 8) {
      if ((Platform.getLong(base, offset + i) & HIGH_BITS) != 0) {
        return s.numChars();
      }
    }
    for (; i < bytes; i++) {
      if (Platform.getByte(base, offset + i) < 0) {
        return s.numChars();
      }
    }
    return bytes;
  }

  @Override
  List<Object> arguments() {
    return List.of(child());
  }

  @Override
  Expression withChild(Expression newChild) {
    return new CodePointLength(newChild);
  }

  @Override
  public DataType dataType() {
    return DataTypes.IntegerType;
  }

  @Override
  public boolean nullable() {
    return child().nullable();
  }

  @Override
  public String prettyName() {
    return "jsetl_length";
  }

  @Override
  @SuppressWarnings("override.return") // Catalyst's eval returns null for SQL NULL; Scala says nothing
  public @Nullable Object eval(InternalRow input) {
    Object value = child().eval(input);
    return value == null ? null : count((UTF8String) value);
  }

  @Override
  public ExprCode doGenCode(CodegenContext ctx, ExprCode ev) {
    ExprCode s = child().genCode(ctx);
    String code =
        s.code()
            + "\nboolean " + ev.isNull() + " = " + s.isNull() + ";\n"
            + "int " + ev.value() + " = " + ev.isNull() + " ? -1 : " + CodePointLength.class.getName()
            + ".count(" + s.value() + ");\n";
    return ev.copy(block(code), ev.isNull(), ev.value());
  }
}
