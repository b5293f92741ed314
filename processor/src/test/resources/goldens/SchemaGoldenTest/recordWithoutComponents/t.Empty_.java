package t;

import io.jsetl.dsl.RuleSet;
import io.jsetl.runtime.encoding.Encoding;
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
   * The checks of {@link Empty}, in declaration order.
   */
  public static final RuleSet<Empty> RULES = RuleSet.of(Empty.class);

  private Empty_() {
  }
}
