package t;

import io.jsetl.dsl.Rule;
import io.jsetl.dsl.RuleSet;
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

  /**
   * The checks of {@link Odd}, in declaration order.
   */
  public static final RuleSet<Odd> RULES = RuleSet.of(Odd.class,
      new Rule.NotNull("Encoding"),
      new Rule.NotNull("Col"),
      new Rule.NotNull("Integer"),
      new Rule.Length("Integer", 1, java.lang.Integer.MAX_VALUE),
      new Rule.NumberRange("Double", 0.0, java.lang.Double.POSITIVE_INFINITY),
      new Rule.NotNull("List"));

  private Odd_() {
  }
}
