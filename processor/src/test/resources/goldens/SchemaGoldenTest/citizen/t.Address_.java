package t;

import io.jsetl.dsl.Col;
import io.jsetl.dsl.Rule;
import io.jsetl.dsl.RuleSet;
import io.jsetl.runtime.encoding.Encoding;
import javax.annotation.processing.Generated;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.types.StructType;

/**
 * Encoder, schema, typed columns and checks of {@link Address}.
 */
@Generated("io.jsetl.processor.JsetlProcessor")
public final class Address_ {
  /**
   * A typed Spark encoder of {@link Address}.
   */
  public static final Encoder<Address> ENCODER = Encoding.encoder(Address.class,
      Encoding.field("street", "street", Encoding.STRING, false),
      Encoding.field("zip_code", "zip", Encoding.STRING, true));

  /**
   * The Spark schema of {@link Address}; give it to readers of CSV and JSON.
   */
  public static final StructType SCHEMA = ENCODER.schema();

  /**
   * The column of {@link Address#street()}.
   */
  public static final Col<Address, String> street = Col.of(Address.class, "street");

  /**
   * The column of {@link Address#zip()}.
   */
  public static final Col<Address, String> zip = Col.of(Address.class, "zip_code");

  /**
   * The checks of {@link Address}, in declaration order.
   */
  public static final RuleSet<Address> RULES = RuleSet.of(Address.class,
      new Rule.NotNull("street"));

  private Address_() {
  }
}
