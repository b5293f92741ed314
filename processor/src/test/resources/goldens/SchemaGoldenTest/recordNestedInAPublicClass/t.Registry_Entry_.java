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

  private static final Rule KEY_NOT_NULL = new Rule.NotNull("key");

  /**
   * The checks of {@link Registry.Entry}, in declaration order, those of nested records included
   * (named by their column path, e.g. {@code home.zip}).
   */
  public static final RuleSet<Registry.Entry> RULES = RuleSet.of(Registry.Entry.class,
      List.of("key", "value"),
      KEY_NOT_NULL);

  private Registry_Entry_() {
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
  public static List<Violation> violations(Registry.Entry value) {
    List<Violation> out = new ArrayList<>();
    if (!KEY_NOT_NULL.accepts(value.key())) {
      out.add(KEY_NOT_NULL.violation(value.key()));
    }
    return out;
  }
}
