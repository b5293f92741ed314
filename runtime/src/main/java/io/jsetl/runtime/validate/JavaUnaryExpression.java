package io.jsetl.runtime.validate;

import java.util.List;
import org.apache.spark.sql.catalyst.expressions.Expression;
import org.apache.spark.sql.catalyst.expressions.codegen.CodeBlock;
import org.apache.spark.sql.catalyst.expressions.codegen.JavaCode;
import org.apache.spark.sql.classic.ExpressionUtils;
import org.apache.spark.sql.Column;
import scala.collection.immutable.IndexedSeq;
import scala.collection.immutable.Seq;
import scala.jdk.javaapi.CollectionConverters;

/**
 * A Catalyst expression of one child, written in Java. Spark's own {@code UnaryExpression} cannot be
 * extended from Java (javac does not see its Scala implementation of {@code withNewChildrenInternal}
 * as implementing the generic method), so this base class supplies what a Scala case class gets for
 * free: children, copying with a new child, the {@code Product} methods Catalyst's tree code uses,
 * and a way to return generated Java code. Subclasses list their constructor arguments in {@link
 * #arguments()} (child first), which is also what {@code TreeNode.makeCopy} calls the constructor
 * with.
 */
abstract class JavaUnaryExpression extends Expression implements java.io.Serializable {
  private static final long serialVersionUID = 1L;

  private final Expression child;

  JavaUnaryExpression(Expression child) {
    this.child = child;
  }

  final Expression child() {
    return child;
  }

  /** The constructor's arguments, the child first. */
  abstract List<Object> arguments();

  /** The same expression over another child. */
  abstract Expression withChild(Expression newChild);

  /** The expression as a Column of the Dataset API. */
  final Column column() {
    return ExpressionUtils.column(this);
  }

  @Override
  public final Seq<Expression> children() {
    return CollectionConverters.asScala(List.of(child)).toSeq();
  }

  @Override
  public final Expression withNewChildrenInternal(IndexedSeq<Expression> newChildren) {
    return withChild(newChildren.apply(0));
  }

  @Override
  public final int productArity() {
    return arguments().size();
  }

  @Override
  public final Object productElement(int n) {
    return arguments().get(n);
  }

  @Override
  public final boolean canEqual(Object that) {
    return that != null && that.getClass() == getClass();
  }

  /** Generated Java code as Catalyst's code blocks hold it. */
  static CodeBlock block(String code) {
    Seq<String> parts = CollectionConverters.asScala(List.of(code)).toSeq();
    Seq<JavaCode> inputs = CollectionConverters.asScala(List.<JavaCode>of()).toSeq();
    return new CodeBlock(parts, inputs);
  }
}
