package t;

import io.jsetl.dsl.RuleSet;
import io.jsetl.dsl.Violation;
import io.jsetl.runtime.encoding.Encoding;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Generated;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.types.StructType;

/**
 * Encoder, schema, typed columns and checks of {@link Empty}.
 */
@Generated("io.jsetl.processor.JsetlProcessor")
public final class Empty_ {
  /**
   * A typed Spark encoder of {@link Empty}.
   */
  public static final Encoder<Empty> ENCODER = Encoding.encoder(Empty.class);

  /**
   * The Spark schema of {@link Empty}; give it to readers of CSV and JSON.
   */
  public static final StructType SCHEMA = ENCODER.schema();

  /**
   * The checks of {@link Empty}, in declaration order, those of nested records included
   * (named by their column path, e.g. {@code home.zip}).
   */
  public static final RuleSet<Empty> RULES = RuleSet.of(Empty.class,
      List.of());

  private Empty_() {
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
  public static List<Violation> violations(Empty value) {
    List<Violation> out = new ArrayList<>();
    return out;
  }
}
