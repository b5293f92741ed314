package t;

import io.jsetl.dsl.Col;
import io.jsetl.dsl.Rule;
import io.jsetl.dsl.RuleSet;
import io.jsetl.runtime.encoding.Encoding;
import javax.annotation.processing.Generated;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.types.StructType;

/**
 * Encoder, schema, typed columns and checks of {@link Registry.Entry}.
 */
@Generated("io.jsetl.processor.JsetlProcessor")
public final class Registry_Entry_ {
  /**
   * A typed Spark encoder of {@link Registry.Entry}.
   */
  public static final Encoder<Registry.Entry> ENCODER = Encoding.encoder(Registry.Entry.class,
      Encoding.field("key", "key", Encoding.STRING, false),
      Encoding.field("value", "value", Encoding.INT, false));

  /**
   * The Spark schema of {@link Registry.Entry}; give it to readers of CSV and JSON.
   */
  public static final StructType SCHEMA = ENCODER.schema();

  /**
   * The column of {@link Registry.Entry#key()}.
   */
  public static final Col<Registry.Entry, String> key = Col.of(Registry.Entry.class, "key");

  /**
   * The column of {@link Registry.Entry#value()}.
   */
  public static final Col<Registry.Entry, Integer> value = Col.of(Registry.Entry.class, "value");

  /**
   * The checks of {@link Registry.Entry}, in declaration order.
   */
  public static final RuleSet<Registry.Entry> RULES = RuleSet.of(Registry.Entry.class,
      new Rule.NotNull("key"));

  private Registry_Entry_() {
  }
}
