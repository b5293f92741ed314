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
 * Encoder, schema, typed columns and checks of {@link Home}.
 */
@Generated("io.jsetl.processor.JsetlProcessor")
public final class Home_ {
  /**
   * A typed Spark encoder of {@link Home}.
   */
  public static final Encoder<Home> ENCODER = Encoding.encoder(Home.class,
      Encoding.field("street", "street", Encoding.STRING, false),
      Encoding.field("zip_code", "zip", Encoding.STRING, true),
      Encoding.field("code", "code", Encoding.STRING, true),
      Encoding.field("geo", "geo", Encoding.record(Geo.class,
          Encoding.field("lat", "lat", Encoding.DOUBLE, false),
          Encoding.field("lon", "lon", Encoding.DOUBLE, false)), true));

  /**
   * The Spark schema of {@link Home}; give it to readers of CSV and JSON.
   */
  public static final StructType SCHEMA = ENCODER.schema();

  /**
   * The column of {@link Home#street()}.
   */
  public static final Col<Home, String> street = Col.of(Home.class, "street");

  /**
   * The column of {@link Home#zip()}.
   */
  public static final Col<Home, String> zip = Col.of(Home.class, "zip_code");

  /**
   * The column of {@link Home#code()}.
   */
  public static final Col<Home, String> code = Col.of(Home.class, "code");

  /**
   * The column of {@link Home#geo()}.
   */
  public static final Col<Home, Geo> geo = Col.of(Home.class, "geo");

  private static final Rule STREET_NOT_NULL = new Rule.NotNull("street");

  private static final Rule STREET_NOT_BLANK = new Rule.NotBlank("street");

  private static final Rule ZIP_PATTERN = new Rule.Pattern("zip_code", "\\A(?:\\d{5})\\z");

  private static final Rule CODE_UNIQUE = new Rule.Unique("code");

  private static final Rule GEO_LAT_DECIMAL_MIN = new Rule.NumberRange("geo.lat", -90.0, Double.POSITIVE_INFINITY);

  private static final Rule GEO_LAT_DECIMAL_MAX = new Rule.NumberRange("geo.lat", Double.NEGATIVE_INFINITY, 90.0);

  private static final Rule GEO_LON_MIN = new Rule.NumberRange("geo.lon", -180.0, Double.POSITIVE_INFINITY);

  private static final Rule GEO_LON_MAX = new Rule.NumberRange("geo.lon", Double.NEGATIVE_INFINITY, 180.0);

  private static final Rule STREET_KNOWN_CHECK = new Rule.RowCheck("streetKnown", Home::streetKnown);

  /**
   * The checks of {@link Home}, in declaration order, those of nested records included
   * (named by their column path, e.g. {@code home.zip}).
   */
  public static final RuleSet<Home> RULES = RuleSet.of(Home.class,
      List.of("street", "zip_code", "code", "geo"),
      STREET_NOT_NULL,
      STREET_NOT_BLANK,
      ZIP_PATTERN,
      CODE_UNIQUE,
      GEO_LAT_DECIMAL_MIN,
      GEO_LAT_DECIMAL_MAX,
      GEO_LON_MIN,
      GEO_LON_MAX,
      STREET_KNOWN_CHECK);

  private Home_() {
  }

  /**
   * Checks {@code value} against {@link #RULES} in plain Java, without Spark: each rule that
   * decides one value, with the same rule instances (hence the same verdicts) as the
   * Spark backend. A nested record's rules are checked when it is not null.
   *
   * <p>Rules over several rows or needing Spark ({@code Unique}, {@code RowCheck}, {@code
   * DatasetLevel}) are not checked here:
   * uniqueness of {@link Home#code()},
   * {@link Home#streetKnown()}.
   *
   * @return one violation per broken rule, in the order of {@code RULES}; empty when the
   *     record is valid
   */
  public static List<Violation> violations(Home value) {
    List<Violation> out = new ArrayList<>();
    if (!STREET_NOT_NULL.accepts(value.street())) {
      out.add(STREET_NOT_NULL.violation(value.street()));
    }
    if (!STREET_NOT_BLANK.accepts(value.street())) {
      out.add(STREET_NOT_BLANK.violation(value.street()));
    }
    if (!ZIP_PATTERN.accepts(value.zip())) {
      out.add(ZIP_PATTERN.violation(value.zip()));
    }
    if (value.geo() != null) {
      if (!GEO_LAT_DECIMAL_MIN.accepts(value.geo().lat())) {
        out.add(GEO_LAT_DECIMAL_MIN.violation(value.geo().lat()));
      }
      if (!GEO_LAT_DECIMAL_MAX.accepts(value.geo().lat())) {
        out.add(GEO_LAT_DECIMAL_MAX.violation(value.geo().lat()));
      }
      if (!GEO_LON_MIN.accepts(value.geo().lon())) {
        out.add(GEO_LON_MIN.violation(value.geo().lon()));
      }
      if (!GEO_LON_MAX.accepts(value.geo().lon())) {
        out.add(GEO_LON_MAX.violation(value.geo().lon()));
      }
    }
    return out;
  }
}
