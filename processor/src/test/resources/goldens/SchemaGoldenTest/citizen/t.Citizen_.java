package t;

import io.jsetl.dsl.Col;
import io.jsetl.dsl.Rule;
import io.jsetl.dsl.RuleSet;
import io.jsetl.dsl.Violation;
import io.jsetl.runtime.encoding.Encoding;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
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

  private static final Rule ID_UNIQUE = new Rule.Unique("id");

  private static final Rule NAME_NOT_NULL = new Rule.NotNull("name");

  private static final Rule NAME_NOT_BLANK = new Rule.NotBlank("name");

  private static final Rule NAME_LENGTH = new Rule.Length("name", 0, 64);

  private static final Rule AGE_RANGE = new Rule.NumberRange("age", 0.0, 150.0);

  private static final Rule EMAIL_PATTERN = new Rule.Pattern("e_mail", "^[^@]+@[^@]+\\.[^@]+$");

  private static final Rule WEIGHT_RANGE = new Rule.NumberRange("weight", 0.5, Double.POSITIVE_INFINITY);

  private static final Rule B_NOT_NULL = new Rule.NotNull("b");

  private static final Rule S_NOT_NULL = new Rule.NotNull("s");

  private static final Rule TIER_NOT_NULL = new Rule.NotNull("tier");

  private static final Rule TIER_ONE_OF = new Rule.OneOf("tier", List.of("1", "2", "3"));

  private static final Rule RATIO_NOT_NULL = new Rule.NotNull("ratio");

  private static final Rule SCORE_NOT_NULL = new Rule.NotNull("score");

  private static final Rule INCOME_NOT_NULL = new Rule.NotNull("income");

  private static final Rule WEALTH_NOT_NULL = new Rule.NotNull("wealth");

  private static final Rule BORN_NOT_NULL = new Rule.NotNull("born");

  private static final Rule BORN_RANGE = new Rule.TemporalRange("born", "1900-01-01", "2100-12-31");

  private static final Rule SEEN_NOT_NULL = new Rule.NotNull("seen");

  private static final Rule SEEN_RANGE = new Rule.TemporalRange("seen", "2000-01-01T00:00:00Z", "");

  private static final Rule TAGS_NOT_NULL = new Rule.NotNull("tags");

  private static final Rule TAGS_LENGTH = new Rule.Length("tags", 1, 10);

  private static final Rule FRIENDS_NOT_NULL = new Rule.NotNull("friends");

  private static final Rule SCORES_NOT_NULL = new Rule.NotNull("scores");

  private static final Rule DEEP_NOT_NULL = new Rule.NotNull("deep");

  private static final Rule STATUS_NOT_NULL = new Rule.NotNull("status");

  private static final Rule STATUS_ONE_OF = new Rule.OneOf("status", List.of("ACTIVE", "CLOSED"));

  private static final Rule HOME_NOT_NULL = new Rule.NotNull("home");

  private static final Rule HOME_STREET_NOT_NULL = new Rule.NotNull("home.street");

  private static final Rule WORK_STREET_NOT_NULL = new Rule.NotNull("work.street");

  private static final Rule ADULTS_ONLY_CHECK = new Rule.RowCheck("adultsOnly", Citizen::adultsOnly);

  private static final Rule SIZE_CHECK = new Rule.DatasetLevel("at most a million", Citizen::size);

  /**
   * The checks of {@link Citizen}, in declaration order, those of nested records included
   * (named by their column path, e.g. {@code home.zip}).
   */
  public static final RuleSet<Citizen> RULES = RuleSet.of(Citizen.class,
      List.of("id", "name", "age", "e_mail", "active", "level", "rank", "weight", "height",
          "verified", "b", "s", "tier", "points", "ratio", "score", "income", "wealth", "born",
          "seen", "updated", "photo", "tags", "friends", "scores", "deep", "status", "home",
          "work"),
      ID_UNIQUE,
      NAME_NOT_NULL,
      NAME_NOT_BLANK,
      NAME_LENGTH,
      AGE_RANGE,
      EMAIL_PATTERN,
      WEIGHT_RANGE,
      B_NOT_NULL,
      S_NOT_NULL,
      TIER_NOT_NULL,
      TIER_ONE_OF,
      RATIO_NOT_NULL,
      SCORE_NOT_NULL,
      INCOME_NOT_NULL,
      WEALTH_NOT_NULL,
      BORN_NOT_NULL,
      BORN_RANGE,
      SEEN_NOT_NULL,
      SEEN_RANGE,
      TAGS_NOT_NULL,
      TAGS_LENGTH,
      FRIENDS_NOT_NULL,
      SCORES_NOT_NULL,
      DEEP_NOT_NULL,
      STATUS_NOT_NULL,
      STATUS_ONE_OF,
      HOME_NOT_NULL,
      HOME_STREET_NOT_NULL,
      WORK_STREET_NOT_NULL,
      ADULTS_ONLY_CHECK,
      SIZE_CHECK);

  private Citizen_() {
  }

  /**
   * Checks {@code value} against {@link #RULES} in plain Java, without Spark: each rule that
   * decides one value, with the same rule instances (hence the same verdicts) as the
   * Spark backend. A nested record's rules are checked when it is not null.
   *
   * <p>Rules over several rows or needing Spark ({@code Unique}, {@code RowCheck}, {@code
   * DatasetLevel}) are not checked here:
   * uniqueness of {@link Citizen#id()},
   * {@link Citizen#adultsOnly()},
   * {@link Citizen#size()}.
   *
   * @return one violation per broken rule, in the order of {@code RULES}; empty when the
   *     record is valid
   */
  public static List<Violation> violations(Citizen value) {
    List<Violation> out = new ArrayList<>();
    if (!NAME_NOT_NULL.accepts(value.name())) {
      out.add(NAME_NOT_NULL.violation(value.name()));
    }
    if (!NAME_NOT_BLANK.accepts(value.name())) {
      out.add(NAME_NOT_BLANK.violation(value.name()));
    }
    if (!NAME_LENGTH.accepts(value.name())) {
      out.add(NAME_LENGTH.violation(value.name()));
    }
    if (!AGE_RANGE.accepts(value.age())) {
      out.add(AGE_RANGE.violation(value.age()));
    }
    if (!EMAIL_PATTERN.accepts(value.email())) {
      out.add(EMAIL_PATTERN.violation(value.email()));
    }
    if (!WEIGHT_RANGE.accepts(value.weight())) {
      out.add(WEIGHT_RANGE.violation(value.weight()));
    }
    if (!B_NOT_NULL.accepts(value.b())) {
      out.add(B_NOT_NULL.violation(value.b()));
    }
    if (!S_NOT_NULL.accepts(value.s())) {
      out.add(S_NOT_NULL.violation(value.s()));
    }
    if (!TIER_NOT_NULL.accepts(value.tier())) {
      out.add(TIER_NOT_NULL.violation(value.tier()));
    }
    if (!TIER_ONE_OF.accepts(value.tier())) {
      out.add(TIER_ONE_OF.violation(value.tier()));
    }
    if (!RATIO_NOT_NULL.accepts(value.ratio())) {
      out.add(RATIO_NOT_NULL.violation(value.ratio()));
    }
    if (!SCORE_NOT_NULL.accepts(value.score())) {
      out.add(SCORE_NOT_NULL.violation(value.score()));
    }
    if (!INCOME_NOT_NULL.accepts(value.income())) {
      out.add(INCOME_NOT_NULL.violation(value.income()));
    }
    if (!WEALTH_NOT_NULL.accepts(value.wealth())) {
      out.add(WEALTH_NOT_NULL.violation(value.wealth()));
    }
    if (!BORN_NOT_NULL.accepts(value.born())) {
      out.add(BORN_NOT_NULL.violation(value.born()));
    }
    if (!BORN_RANGE.accepts(value.born())) {
      out.add(BORN_RANGE.violation(value.born()));
    }
    if (!SEEN_NOT_NULL.accepts(value.seen())) {
      out.add(SEEN_NOT_NULL.violation(value.seen()));
    }
    if (!SEEN_RANGE.accepts(value.seen())) {
      out.add(SEEN_RANGE.violation(value.seen()));
    }
    if (!TAGS_NOT_NULL.accepts(value.tags())) {
      out.add(TAGS_NOT_NULL.violation(value.tags()));
    }
    if (!TAGS_LENGTH.accepts(value.tags())) {
      out.add(TAGS_LENGTH.violation(value.tags()));
    }
    if (!FRIENDS_NOT_NULL.accepts(value.friends())) {
      out.add(FRIENDS_NOT_NULL.violation(value.friends()));
    }
    if (!SCORES_NOT_NULL.accepts(value.scores())) {
      out.add(SCORES_NOT_NULL.violation(value.scores()));
    }
    if (!DEEP_NOT_NULL.accepts(value.deep())) {
      out.add(DEEP_NOT_NULL.violation(value.deep()));
    }
    if (!STATUS_NOT_NULL.accepts(value.status())) {
      out.add(STATUS_NOT_NULL.violation(value.status()));
    }
    if (!STATUS_ONE_OF.accepts(value.status())) {
      out.add(STATUS_ONE_OF.violation(value.status()));
    }
    if (!HOME_NOT_NULL.accepts(value.home())) {
      out.add(HOME_NOT_NULL.violation(value.home()));
    }
    if (value.home() != null) {
      if (!HOME_STREET_NOT_NULL.accepts(value.home().street())) {
        out.add(HOME_STREET_NOT_NULL.violation(value.home().street()));
      }
    }
    if (value.work() != null) {
      if (!WORK_STREET_NOT_NULL.accepts(value.work().street())) {
        out.add(WORK_STREET_NOT_NULL.violation(value.work().street()));
      }
    }
    return out;
  }
}
