package t;

import io.jsetl.dsl.Rule;
import io.jsetl.dsl.RuleSet;
import io.jsetl.dsl.Violation;
import java.util.ArrayList;
import javax.annotation.processing.Generated;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.types.StructType;

/**
 * Encoder, schema, typed columns and checks of {@link Odd}.
 */
@Generated("io.jsetl.processor.JsetlProcessor")
public final class Odd_ {
  /**
   * A typed Spark encoder of {@link Odd}.
   */
  public static final Encoder<Odd> ENCODER = io.jsetl.runtime.encoding.Encoding.encoder(Odd.class,
      io.jsetl.runtime.encoding.Encoding.field("Encoding", "Encoding", io.jsetl.runtime.encoding.Encoding.STRING, false),
      io.jsetl.runtime.encoding.Encoding.field("Col", "Col", io.jsetl.runtime.encoding.Encoding.STRING, false),
      io.jsetl.runtime.encoding.Encoding.field("Integer", "Integer", io.jsetl.runtime.encoding.Encoding.STRING, false),
      io.jsetl.runtime.encoding.Encoding.field("Double", "Double", io.jsetl.runtime.encoding.Encoding.DOUBLE, false),
      io.jsetl.runtime.encoding.Encoding.field("List", "List", io.jsetl.runtime.encoding.Encoding.list(io.jsetl.runtime.encoding.Encoding.STRING, false), false));

  /**
   * The Spark schema of {@link Odd}; give it to readers of CSV and JSON.
   */
  public static final StructType SCHEMA = ENCODER.schema();

  /**
   * The column of {@link Odd#Encoding()}.
   */
  public static final io.jsetl.dsl.Col<Odd, String> Encoding = io.jsetl.dsl.Col.of(Odd.class, "Encoding");

  /**
   * The column of {@link Odd#Col()}.
   */
  public static final io.jsetl.dsl.Col<Odd, String> Col = io.jsetl.dsl.Col.of(Odd.class, "Col");

  /**
   * The column of {@link Odd#Integer()}.
   */
  public static final io.jsetl.dsl.Col<Odd, String> Integer = io.jsetl.dsl.Col.of(Odd.class, "Integer");

  /**
   * The column of {@link Odd#Double()}.
   */
  public static final io.jsetl.dsl.Col<Odd, java.lang.Double> Double = io.jsetl.dsl.Col.of(Odd.class, "Double");

  /**
   * The column of {@link Odd#List()}.
   */
  public static final io.jsetl.dsl.Col<Odd, java.util.List<String>> List = io.jsetl.dsl.Col.of(Odd.class, "List");

  private static final Rule ENCODING_NOT_NULL = new Rule.NotNull("Encoding");

  private static final Rule COL_NOT_NULL = new Rule.NotNull("Col");

  private static final Rule INTEGER_NOT_NULL = new Rule.NotNull("Integer");

  private static final Rule INTEGER_LENGTH = new Rule.Length("Integer", 1, java.lang.Integer.MAX_VALUE);

  private static final Rule DOUBLE_RANGE = new Rule.NumberRange("Double", 0.0, java.lang.Double.POSITIVE_INFINITY);

  private static final Rule LIST_NOT_NULL = new Rule.NotNull("List");

  /**
   * The checks of {@link Odd}, in declaration order, those of nested records included
   * (named by their column path, e.g. {@code home.zip}).
   */
  public static final RuleSet<Odd> RULES = RuleSet.of(Odd.class,
      java.util.List.of("Encoding", "Col", "Integer", "Double", "List"),
      ENCODING_NOT_NULL,
      COL_NOT_NULL,
      INTEGER_NOT_NULL,
      INTEGER_LENGTH,
      DOUBLE_RANGE,
      LIST_NOT_NULL);

  private Odd_() {
  }

  /**
   * Checks {@code value} against {@link #RULES} in plain Java, without Spark: each rule that
   * decides one value, with the same rule instances (hence the same verdicts) as the
   * Spark backend. A nested record's rules are checked when it is not null.
   *
   * <p>Rules over several rows or needing Spark ({@code Unique}, {@code RowCheck}, {@code
   * DatasetLevel}) are not checked here.
   *
   * @return one violation per broken rule, in the order of {@code RULES}; empty when the
   *     record is valid
   */
  public static java.util.List<Violation> violations(Odd value) {
    java.util.List<Violation> out = new ArrayList<>();
    if (!ENCODING_NOT_NULL.accepts(value.Encoding())) {
      out.add(ENCODING_NOT_NULL.violation(value.Encoding()));
    }
    if (!COL_NOT_NULL.accepts(value.Col())) {
      out.add(COL_NOT_NULL.violation(value.Col()));
    }
    if (!INTEGER_NOT_NULL.accepts(value.Integer())) {
      out.add(INTEGER_NOT_NULL.violation(value.Integer()));
    }
    if (!INTEGER_LENGTH.accepts(value.Integer())) {
      out.add(INTEGER_LENGTH.violation(value.Integer()));
    }
    if (!DOUBLE_RANGE.accepts(value.Double())) {
      out.add(DOUBLE_RANGE.violation(value.Double()));
    }
    if (!LIST_NOT_NULL.accepts(value.List())) {
      out.add(LIST_NOT_NULL.violation(value.List()));
    }
    return out;
  }
}
