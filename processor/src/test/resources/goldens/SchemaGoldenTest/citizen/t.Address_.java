package t;

import io.jsetl.dsl.Col;
import io.jsetl.dsl.Rule;
import io.jsetl.dsl.RuleSet;
import io.jsetl.dsl.Violation;
import io.jsetl.runtime.encoding.Encoding;
import java.util.ArrayList;
import java.util.List;
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

  private static final Rule STREET_NOT_NULL = new Rule.NotNull("street");

  /**
   * The checks of {@link Address}, in declaration order, those of nested records included
   * (named by their column path, e.g. {@code home.zip}).
   */
  public static final RuleSet<Address> RULES = RuleSet.of(Address.class,
      List.of("street", "zip_code"),
      STREET_NOT_NULL);

  private Address_() {
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
  public static List<Violation> violations(Address value) {
    List<Violation> out = new ArrayList<>();
    if (!STREET_NOT_NULL.accepts(value.street())) {
      out.add(STREET_NOT_NULL.violation(value.street()));
    }
    return out;
  }
}
