package t;

import io.jsetl.dsl.Col;
import io.jsetl.dsl.Rule;
import io.jsetl.dsl.RuleSet;
import io.jsetl.runtime.encoding.Encoding;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.Generated;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.types.StructType;

/**
 * Encoder, schema, typed columns and checks of {@link Citizen}.
 */
@Generated("io.jsetl.processor.JsetlProcessor")
public final class Citizen_ {
  /**
   * A typed Spark encoder of {@link Citizen}.
   */
  public static final Encoder<Citizen> ENCODER = Encoding.encoder(Citizen.class,
      Encoding.field("id", "id", Encoding.LONG, false),
      Encoding.field("name", "name", Encoding.STRING, false),
      Encoding.field("age", "age", Encoding.INT, false),
      Encoding.field("e_mail", "email", Encoding.STRING, true),
      Encoding.field("active", "active", Encoding.BOOLEAN, false),
      Encoding.field("level", "level", Encoding.BYTE, false),
      Encoding.field("rank", "rank", Encoding.SHORT, false),
      Encoding.field("weight", "weight", Encoding.FLOAT, false),
      Encoding.field("height", "height", Encoding.DOUBLE, false),
      Encoding.field("verified", "verified", Encoding.BOXED_BOOLEAN, true),
      Encoding.field("b", "b", Encoding.BOXED_BYTE, false),
      Encoding.field("s", "s", Encoding.BOXED_SHORT, false),
      Encoding.field("tier", "tier", Encoding.BOXED_INT, false),
      Encoding.field("points", "points", Encoding.BOXED_LONG, true),
      Encoding.field("ratio", "ratio", Encoding.BOXED_FLOAT, false),
      Encoding.field("score", "score", Encoding.BOXED_DOUBLE, false),
      Encoding.field("income", "income", Encoding.decimal(10, 2), false),
      Encoding.field("wealth", "wealth", Encoding.decimal(38, 18), false),
      Encoding.field("born", "born", Encoding.LOCAL_DATE, false),
      Encoding.field("seen", "seen", Encoding.INSTANT, false),
      Encoding.field("updated", "updated", Encoding.LOCAL_DATE_TIME, true),
      Encoding.field("photo", "photo", Encoding.BINARY, true),
      Encoding.field("tags", "tags", Encoding.list(Encoding.STRING, true), false),
      Encoding.field("friends", "friends", Encoding.set(Encoding.BOXED_LONG, false), false),
      Encoding.field("scores", "scores", Encoding.map(Encoding.STRING, Encoding.BOXED_INT, true), false),
      Encoding.field("deep", "deep", Encoding.list(Encoding.map(Encoding.STRING, Encoding.list(Encoding.record(Address.class,
          Encoding.field("street", "street", Encoding.STRING, false),
          Encoding.field("zip_code", "zip", Encoding.STRING, true)), false), false), false), false),
      Encoding.field("status", "status", Encoding.enumOf(Citizen.Status.class), false),
      Encoding.field("home", "home", Encoding.record(Address.class,
          Encoding.field("street", "street", Encoding.STRING, false),
          Encoding.field("zip_code", "zip", Encoding.STRING, true)), false),
      Encoding.field("work", "work", Encoding.record(Address.class,
          Encoding.field("street", "street", Encoding.STRING, false),
          Encoding.field("zip_code", "zip", Encoding.STRING, true)), true));

  /**
   * The Spark schema of {@link Citizen}; give it to readers of CSV and JSON.
   */
  public static final StructType SCHEMA = ENCODER.schema();

  /**
   * The column of {@link Citizen#id()}.
   */
  public static final Col<Citizen, Long> id = Col.of(Citizen.class, "id");

  /**
   * The column of {@link Citizen#name()}.
   */
  public static final Col<Citizen, String> name = Col.of(Citizen.class, "name");

  /**
   * The column of {@link Citizen#age()}.
   */
  public static final Col<Citizen, Integer> age = Col.of(Citizen.class, "age");

  /**
   * The column of {@link Citizen#email()}.
   */
  public static final Col<Citizen, String> email = Col.of(Citizen.class, "e_mail");

  /**
   * The column of {@link Citizen#active()}.
   */
  public static final Col<Citizen, Boolean> active = Col.of(Citizen.class, "active");

  /**
   * The column of {@link Citizen#level()}.
   */
  public static final Col<Citizen, Byte> level = Col.of(Citizen.class, "level");

  /**
   * The column of {@link Citizen#rank()}.
   */
  public static final Col<Citizen, Short> rank = Col.of(Citizen.class, "rank");

  /**
   * The column of {@link Citizen#weight()}.
   */
  public static final Col<Citizen, Float> weight = Col.of(Citizen.class, "weight");

  /**
   * The column of {@link Citizen#height()}.
   */
  public static final Col<Citizen, Double> height = Col.of(Citizen.class, "height");

  /**
   * The column of {@link Citizen#verified()}.
   */
  public static final Col<Citizen, Boolean> verified = Col.of(Citizen.class, "verified");

  /**
   * The column of {@link Citizen#b()}.
   */
  public static final Col<Citizen, Byte> b = Col.of(Citizen.class, "b");

  /**
   * The column of {@link Citizen#s()}.
   */
  public static final Col<Citizen, Short> s = Col.of(Citizen.class, "s");

  /**
   * The column of {@link Citizen#tier()}.
   */
  public static final Col<Citizen, Integer> tier = Col.of(Citizen.class, "tier");

  /**
   * The column of {@link Citizen#points()}.
   */
  public static final Col<Citizen, Long> points = Col.of(Citizen.class, "points");

  /**
   * The column of {@link Citizen#ratio()}.
   */
  public static final Col<Citizen, Float> ratio = Col.of(Citizen.class, "ratio");

  /**
   * The column of {@link Citizen#score()}.
   */
  public static final Col<Citizen, Double> score = Col.of(Citizen.class, "score");

  /**
   * The column of {@link Citizen#income()}.
   */
  public static final Col<Citizen, BigDecimal> income = Col.of(Citizen.class, "income");

  /**
   * The column of {@link Citizen#wealth()}.
   */
  public static final Col<Citizen, BigDecimal> wealth = Col.of(Citizen.class, "wealth");

  /**
   * The column of {@link Citizen#born()}.
   */
  public static final Col<Citizen, LocalDate> born = Col.of(Citizen.class, "born");

  /**
   * The column of {@link Citizen#seen()}.
   */
  public static final Col<Citizen, Instant> seen = Col.of(Citizen.class, "seen");

  /**
   * The column of {@link Citizen#updated()}.
   */
  public static final Col<Citizen, LocalDateTime> updated = Col.of(Citizen.class, "updated");

  /**
   * The column of {@link Citizen#photo()}.
   */
  public static final Col<Citizen, byte[]> photo = Col.of(Citizen.class, "photo");

  /**
   * The column of {@link Citizen#tags()}.
   */
  public static final Col<Citizen, List<String>> tags = Col.of(Citizen.class, "tags");

  /**
   * The column of {@link Citizen#friends()}.
   */
  public static final Col<Citizen, Set<Long>> friends = Col.of(Citizen.class, "friends");

  /**
   * The column of {@link Citizen#scores()}.
   */
  public static final Col<Citizen, Map<String, Integer>> scores = Col.of(Citizen.class, "scores");

  /**
   * The column of {@link Citizen#deep()}.
   */
  public static final Col<Citizen, List<Map<String, List<Address>>>> deep = Col.of(Citizen.class, "deep");

  /**
   * The column of {@link Citizen#status()}.
   */
  public static final Col<Citizen, Citizen.Status> status = Col.of(Citizen.class, "status");

  /**
   * The column of {@link Citizen#home()}.
   */
  public static final Col<Citizen, Address> home = Col.of(Citizen.class, "home");

  /**
   * The column of {@link Citizen#work()}.
   */
  public static final Col<Citizen, Address> work = Col.of(Citizen.class, "work");

  /**
   * The checks of {@link Citizen}, in declaration order.
   */
  public static final RuleSet<Citizen> RULES = RuleSet.of(Citizen.class,
      new Rule.Unique("id"),
      new Rule.NotNull("name"),
      new Rule.NotBlank("name"),
      new Rule.Length("name", 0, 64),
      new Rule.NumberRange("age", 0.0, 150.0),
      new Rule.Pattern("e_mail", "^[^@]+@[^@]+\\.[^@]+$"),
      new Rule.NumberRange("weight", 0.5, Double.POSITIVE_INFINITY),
      new Rule.NotNull("b"),
      new Rule.NotNull("s"),
      new Rule.NotNull("tier"),
      new Rule.OneOf("tier", List.of("1", "2", "3")),
      new Rule.NotNull("ratio"),
      new Rule.NotNull("score"),
      new Rule.NotNull("income"),
      new Rule.NotNull("wealth"),
      new Rule.NotNull("born"),
      new Rule.TemporalRange("born", "1900-01-01", "2100-12-31"),
      new Rule.NotNull("seen"),
      new Rule.TemporalRange("seen", "2000-01-01T00:00:00Z", ""),
      new Rule.NotNull("tags"),
      new Rule.Length("tags", 1, 10),
      new Rule.NotNull("friends"),
      new Rule.NotNull("scores"),
      new Rule.NotNull("deep"),
      new Rule.NotNull("status"),
      new Rule.OneOf("status", List.of("ACTIVE", "CLOSED")),
      new Rule.NotNull("home"),
      new Rule.RowCheck("adultsOnly", Citizen::adultsOnly),
      new Rule.DatasetLevel("at most a million", Citizen::size));

  private Citizen_() {
  }
}
