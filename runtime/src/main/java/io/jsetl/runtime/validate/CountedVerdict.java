package io.jsetl.runtime.validate;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.plans.QueryPlan;
import org.apache.spark.sql.catalyst.trees.TreeNode;
import org.apache.spark.sql.catalyst.expressions.Expression;
import org.apache.spark.sql.catalyst.expressions.Nondeterministic;
import org.apache.spark.sql.catalyst.expressions.Unevaluable;
import org.apache.spark.sql.catalyst.expressions.codegen.CodegenContext;
import org.apache.spark.sql.catalyst.expressions.codegen.ExprCode;
import org.apache.spark.sql.catalyst.expressions.codegen.FalseLiteral$;
import org.apache.spark.sql.classic.ExpressionUtils;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.util.LongAccumulator;
import scala.jdk.javaapi.CollectionConverters;

/**
 * A row's verdict (the validity flag), counted as it is evaluated: every row adds one to {@code
 * rows}, every row that breaks a check one to {@code breaking}. It is the condition of a {@code
 * Filter}, so the counting runs inside the generated code of the stage that reads or writes the
 * data: no {@code CollectMetrics} node splits that code, and no aggregate is evaluated per row
 * (what {@code Dataset.observe} costs; see benchmarks/RESULTS.md).
 *
 * <p>It is nondeterministic so that the optimizer neither duplicates, moves nor removes it: the
 * counts are of the rows as they stood at the validation point. Each partition adds zero to {@code
 * rows} when it starts, so that a task that evaluated the expression over no row still reports it
 * (an accumulator that was not touched sends nothing); {@link CountedExecutions} tells apart the jobs
 * that evaluated it.
 *
 * <p>It is evaluable (in generated and interpreted code) but says it is {@link Unevaluable}: that
 * marker is what keeps the optimizer from evaluating a filter over in-memory data ({@code
 * LocalRelation}) on the driver while it plans each query, which would count outside any job, once
 * per query planned. Spark reads the marker nowhere else that applies to a filter.
 *
 * <p>Spark-internal API (Catalyst expressions, code generation) is used here and in {@link
 * CountedExecutions} only.
 */
final class CountedVerdict extends JavaUnaryExpression implements Nondeterministic, Unevaluable {
  private static final long serialVersionUID = 1L;

  private final boolean keepAll;
  private final LongAccumulator rows;
  private final LongAccumulator breaking;
  private transient boolean initialized;

  /**
   * @param child the validity flag: true when the row breaks no check (null counts as breaking)
   * @param keepAll true to let every row pass (REPORT), false to pass only valid rows
   */
  public CountedVerdict(
      Expression child, boolean keepAll, LongAccumulator rows, LongAccumulator breaking) {
    super(child);
    this.keepAll = keepAll;
    this.rows = rows;
    this.breaking = breaking;
  }

  /** The verdict {@code valid}, counted into {@code rows} and {@code breaking}, as a Column. */
  static Column of(Column valid, boolean keepAll, LongAccumulator rows, LongAccumulator breaking) {
    return new CountedVerdict(ExpressionUtils.expression(valid), keepAll, rows, breaking).column();
  }

  /** The ids of the row accumulators of the verdicts in {@code plan}, commands' queries included. */
  static Set<Long> in(TreeNode<?> plan) {
    Set<Long> found = new HashSet<>();
    collect(plan, found);
    return found;
  }

  private static void collect(TreeNode<?> node, Set<Long> found) {
    if (node instanceof CountedVerdict v) {
      found.add(v.rows.id());
    }
    if (node instanceof QueryPlan<?> plan) {
      for (Expression e : CollectionConverters.asJava(plan.expressions())) {
        collect(e, found);
      }
    }
    for (Object child : CollectionConverters.asJava(node.children())) {
      collect((TreeNode<?>) child, found);
    }
    for (TreeNode<?> inner : CollectionConverters.asJava(node.innerChildren())) {
      collect(inner, found);
    }
  }

  @Override
  List<Object> arguments() {
    return List.of(child(), keepAll, rows, breaking);
  }

  @Override
  Expression withChild(Expression newChild) {
    return new CountedVerdict(newChild, keepAll, rows, breaking);
  }

  @Override
  public DataType dataType() {
    return DataTypes.BooleanType;
  }

  @Override
  public boolean nullable() {
    return false;
  }

  @Override
  public boolean deterministic() {
    return false;
  }

  @Override
  public boolean foldable() {
    return false;
  }

  @Override
  public String prettyName() {
    return "jsetl_counted_verdict";
  }

  @Override
  public scala.collection.Iterator<Object> stringArgs() {
    return CollectionConverters.asScala(List.<Object>of(child(), keepAll).iterator());
  }

  @Override
  public Object eval(InternalRow input) {
    return evalInternal(input);
  }

  @Override
  public Object evalInternal(InternalRow input) {
    boolean valid = Boolean.TRUE.equals(child().eval(input));
    rows.add(1L);
    if (!valid) {
      breaking.add(1L);
    }
    return valid || keepAll;
  }

  @Override
  public void initializeInternal(int partitionIndex) {
    rows.add(0L);
  }

  @Override
  public ExprCode doGenCode(CodegenContext ctx, ExprCode ev) {
    ExprCode valid = child().genCode(ctx);
    String accumulator = LongAccumulator.class.getName();
    String rowsTerm = ctx.addReferenceObj("jsetlRows", rows, accumulator);
    String breakingTerm = ctx.addReferenceObj("jsetlBreaking", breaking, accumulator);
    ctx.addPartitionInitializationStatement(rowsTerm + ".add(0L);");
    String v = ev.value().toString();
    String code =
        valid.code()
            + "\nboolean " + v + " = !" + valid.isNull() + " && " + valid.value() + ";\n"
            + rowsTerm + ".add(1L);\n"
            + "if (!" + v + ") {\n  " + breakingTerm + ".add(1L);\n"
            + (keepAll ? "  " + v + " = true;\n" : "")
            + "}\n";
    return ev.copy(block(code), FalseLiteral$.MODULE$, ev.value());
  }

  @Override
  public boolean org$apache$spark$sql$catalyst$expressions$Nondeterministic$$initialized() {
    return initialized;
  }

  @Override
  public void org$apache$spark$sql$catalyst$expressions$Nondeterministic$$initialized_$eq(
      boolean value) {
    initialized = value;
  }
}
