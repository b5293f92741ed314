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
import javax.annotation.processing.Generated;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.types.StructType;

/**
 * Encoder, schema, typed columns and checks of {@link Person}.
 */
@Generated("io.jsetl.processor.JsetlProcessor")
public final class Person_ {
  /**
   * A typed Spark encoder of {@link Person}.
   */
  public static final Encoder<Person> ENCODER = Encoding.encoder(Person.class,
      Encoding.field("name", "name", Encoding.STRING, false),
      Encoding.field("age", "age", Encoding.INT, false),
      Encoding.field("income", "income", Encoding.decimal(38, 18), false),
      Encoding.field("children", "children", Encoding.BOXED_INT, true),
      Encoding.field("debt", "debt", Encoding.DOUBLE, false),
      Encoding.field("balance", "balance", Encoding.LONG, false),
      Encoding.field("score", "score", Encoding.DOUBLE, false),
      Encoding.field("tags", "tags", Encoding.list(Encoding.STRING, false), false),
      Encoding.field("country", "country", Encoding.STRING, false),
      Encoding.field("email", "email", Encoding.STRING, true),
      Encoding.field("workEmail", "workEmail", Encoding.STRING, true),
      Encoding.field("nickname", "nickname", Encoding.STRING, true),
      Encoding.field("born", "born", Encoding.LOCAL_DATE, false),
      Encoding.field("seen", "seen", Encoding.INSTANT, false),
      Encoding.field("due", "due", Encoding.LOCAL_DATE_TIME, false),
      Encoding.field("renewal", "renewal", Encoding.LOCAL_DATE, true),
      Encoding.field("active", "active", Encoding.BOOLEAN, false),
      Encoding.field("deleted", "deleted", Encoding.BOXED_BOOLEAN, true),
      Encoding.field("home", "home", Encoding.record(Home.class,
          Encoding.field("street", "street", Encoding.STRING, false),
          Encoding.field("zip_code", "zip", Encoding.STRING, true),
          Encoding.field("code", "code", Encoding.STRING, true),
          Encoding.field("geo", "geo", Encoding.record(Geo.class,
              Encoding.field("lat", "lat", Encoding.DOUBLE, false),
              Encoding.field("lon", "lon", Encoding.DOUBLE, false)), true)), false),
      Encoding.field("work", "work", Encoding.record(Home.class,
          Encoding.field("street", "street", Encoding.STRING, false),
          Encoding.field("zip_code", "zip", Encoding.STRING, true),
          Encoding.field("code", "code", Encoding.STRING, true),
          Encoding.field("geo", "geo", Encoding.record(Geo.class,
              Encoding.field("lat", "lat", Encoding.DOUBLE, false),
              Encoding.field("lon", "lon", Encoding.DOUBLE, false)), true)), true));

  /**
   * The Spark schema of {@link Person}; give it to readers of CSV and JSON.
   */
  public static final StructType SCHEMA = ENCODER.schema();

  /**
   * The column of {@link Person#name()}.
   */
  public static final Col<Person, String> name = Col.of(Person.class, "name");

  /**
   * The column of {@link Person#age()}.
   */
  public static final Col<Person, Integer> age = Col.of(Person.class, "age");

  /**
   * The column of {@link Person#income()}.
   */
  public static final Col<Person, BigDecimal> income = Col.of(Person.class, "income");

  /**
   * The column of {@link Person#children()}.
   */
  public static final Col<Person, Integer> children = Col.of(Person.class, "children");

  /**
   * The column of {@link Person#debt()}.
   */
  public static final Col<Person, Double> debt = Col.of(Person.class, "debt");

  /**
   * The column of {@link Person#balance()}.
   */
  public static final Col<Person, Long> balance = Col.of(Person.class, "balance");

  /**
   * The column of {@link Person#score()}.
   */
  public static final Col<Person, Double> score = Col.of(Person.class, "score");

  /**
   * The column of {@link Person#tags()}.
   */
  public static final Col<Person, List<String>> tags = Col.of(Person.class, "tags");

  /**
   * The column of {@link Person#country()}.
   */
  public static final Col<Person, String> country = Col.of(Person.class, "country");

  /**
   * The column of {@link Person#email()}.
   */
  public static final Col<Person, String> email = Col.of(Person.class, "email");

  /**
   * The column of {@link Person#workEmail()}.
   */
  public static final Col<Person, String> workEmail = Col.of(Person.class, "workEmail");

  /**
   * The column of {@link Person#nickname()}.
   */
  public static final Col<Person, String> nickname = Col.of(Person.class, "nickname");

  /**
   * The column of {@link Person#born()}.
   */
  public static final Col<Person, LocalDate> born = Col.of(Person.class, "born");

  /**
   * The column of {@link Person#seen()}.
   */
  public static final Col<Person, Instant> seen = Col.of(Person.class, "seen");

  /**
   * The column of {@link Person#due()}.
   */
  public static final Col<Person, LocalDateTime> due = Col.of(Person.class, "due");

  /**
   * The column of {@link Person#renewal()}.
   */
  public static final Col<Person, LocalDate> renewal = Col.of(Person.class, "renewal");

  /**
   * The column of {@link Person#active()}.
   */
  public static final Col<Person, Boolean> active = Col.of(Person.class, "active");

  /**
   * The column of {@link Person#deleted()}.
   */
  public static final Col<Person, Boolean> deleted = Col.of(Person.class, "deleted");

  /**
   * The column of {@link Person#home()}.
   */
  public static final Col<Person, Home> home = Col.of(Person.class, "home");

  /**
   * The column of {@link Person#work()}.
   */
  public static final Col<Person, Home> work = Col.of(Person.class, "work");

  private static final Rule NAME_NOT_NULL = new Rule.NotNull("name");

  private static final Rule NAME_NOT_BLANK = new Rule.NotBlank("name");

  private static final Rule NAME_SIZE = new Rule.Length("name", 0, 64);

  private static final Rule AGE_MIN = new Rule.NumberRange("age", 0.0, Double.POSITIVE_INFINITY);

  private static final Rule AGE_MAX = new Rule.NumberRange("age", Double.NEGATIVE_INFINITY, 150.0);

  private static final Rule INCOME_NOT_NULL = new Rule.NotNull("income");

  private static final Rule INCOME_POSITIVE = new Rule.NumberRange("income", 0.0, Double.POSITIVE_INFINITY, false, true);

  private static final Rule CHILDREN_POSITIVE_OR_ZERO = new Rule.NumberRange("children", 0.0, Double.POSITIVE_INFINITY);

  private static final Rule DEBT_NEGATIVE = new Rule.NumberRange("debt", Double.NEGATIVE_INFINITY, 0.0, true, false);

  private static final Rule BALANCE_NEGATIVE_OR_ZERO = new Rule.NumberRange("balance", Double.NEGATIVE_INFINITY, 0.0);

  private static final Rule SCORE_DECIMAL_MIN = new Rule.NumberRange("score", 0.5, Double.POSITIVE_INFINITY, false, true);

  private static final Rule SCORE_DECIMAL_MAX = new Rule.NumberRange("score", Double.NEGATIVE_INFINITY, 99.5);

  private static final Rule TAGS_NOT_NULL = new Rule.NotNull("tags");

  private static final Rule TAGS_NOT_EMPTY = new Rule.Length("tags", 1, Integer.MAX_VALUE);

  private static final Rule COUNTRY_NOT_NULL = new Rule.NotNull("country");

  private static final Rule COUNTRY_PATTERN = new Rule.Pattern("country", "(?i)\\A(?:[a-z]{2})\\z");

  private static final Rule EMAIL_EMAIL = new Rule.Email("email");

  private static final Rule WORK_EMAIL_EMAIL = new Rule.Email("workEmail");

  private static final Rule WORK_EMAIL_EMAIL_PATTERN = new Rule.Pattern("workEmail", "\\A(?:.+@example\\.com)\\z");

  private static final Rule NICKNAME_NOT_NULL = new Rule.NotNull("nickname");

  private static final Rule BORN_NOT_NULL = new Rule.NotNull("born");

  private static final Rule BORN_PAST = new Rule.TimeRelative("born", false, false);

  private static final Rule SEEN_NOT_NULL = new Rule.NotNull("seen");

  private static final Rule SEEN_PAST_OR_PRESENT = new Rule.TimeRelative("seen", false, true);

  private static final Rule DUE_NOT_NULL = new Rule.NotNull("due");

  private static final Rule DUE_FUTURE = new Rule.TimeRelative("due", true, false);

  private static final Rule RENEWAL_FUTURE_OR_PRESENT = new Rule.TimeRelative("renewal", true, true);

  private static final Rule ACTIVE_ASSERT_TRUE = new Rule.OneOf("active", List.of("true"));

  private static final Rule DELETED_ASSERT_FALSE = new Rule.OneOf("deleted", List.of("false"));

  private static final Rule HOME_NOT_NULL = new Rule.NotNull("home");

  private static final Rule HOME_STREET_NOT_NULL = new Rule.NotNull("home.street");

  private static final Rule HOME_STREET_NOT_BLANK = new Rule.NotBlank("home.street");

  private static final Rule HOME_ZIP_PATTERN = new Rule.Pattern("home.zip_code", "\\A(?:\\d{5})\\z");

  private static final Rule HOME_GEO_LAT_DECIMAL_MIN = new Rule.NumberRange("home.geo.lat", -90.0, Double.POSITIVE_INFINITY);

  private static final Rule HOME_GEO_LAT_DECIMAL_MAX = new Rule.NumberRange("home.geo.lat", Double.NEGATIVE_INFINITY, 90.0);

  private static final Rule HOME_GEO_LON_MIN = new Rule.NumberRange("home.geo.lon", -180.0, Double.POSITIVE_INFINITY);

  private static final Rule HOME_GEO_LON_MAX = new Rule.NumberRange("home.geo.lon", Double.NEGATIVE_INFINITY, 180.0);

  private static final Rule WORK_STREET_NOT_NULL = new Rule.NotNull("work.street");

  private static final Rule WORK_STREET_NOT_BLANK = new Rule.NotBlank("work.street");

  private static final Rule WORK_ZIP_PATTERN = new Rule.Pattern("work.zip_code", "\\A(?:\\d{5})\\z");

  private static final Rule WORK_GEO_LAT_DECIMAL_MIN = new Rule.NumberRange("work.geo.lat", -90.0, Double.POSITIVE_INFINITY);

  private static final Rule WORK_GEO_LAT_DECIMAL_MAX = new Rule.NumberRange("work.geo.lat", Double.NEGATIVE_INFINITY, 90.0);

  private static final Rule WORK_GEO_LON_MIN = new Rule.NumberRange("work.geo.lon", -180.0, Double.POSITIVE_INFINITY);

  private static final Rule WORK_GEO_LON_MAX = new Rule.NumberRange("work.geo.lon", Double.NEGATIVE_INFINITY, 180.0);

  /**
   * The checks of {@link Person}, in declaration order, those of nested records included
   * (named by their column path, e.g. {@code home.zip}).
   */
  public static final RuleSet<Person> RULES = RuleSet.of(Person.class,
      List.of("name", "age", "income", "children", "debt", "balance", "score", "tags", "country",
          "email", "workEmail", "nickname", "born", "seen", "due", "renewal", "active", "deleted",
          "home", "work"),
      NAME_NOT_NULL,
      NAME_NOT_BLANK,
      NAME_SIZE,
      AGE_MIN,
      AGE_MAX,
      INCOME_NOT_NULL,
      INCOME_POSITIVE,
      CHILDREN_POSITIVE_OR_ZERO,
      DEBT_NEGATIVE,
      BALANCE_NEGATIVE_OR_ZERO,
      SCORE_DECIMAL_MIN,
      SCORE_DECIMAL_MAX,
      TAGS_NOT_NULL,
      TAGS_NOT_EMPTY,
      COUNTRY_NOT_NULL,
      COUNTRY_PATTERN,
      EMAIL_EMAIL,
      WORK_EMAIL_EMAIL,
      WORK_EMAIL_EMAIL_PATTERN,
      NICKNAME_NOT_NULL,
      BORN_NOT_NULL,
      BORN_PAST,
      SEEN_NOT_NULL,
      SEEN_PAST_OR_PRESENT,
      DUE_NOT_NULL,
      DUE_FUTURE,
      RENEWAL_FUTURE_OR_PRESENT,
      ACTIVE_ASSERT_TRUE,
      DELETED_ASSERT_FALSE,
      HOME_NOT_NULL,
      HOME_STREET_NOT_NULL,
      HOME_STREET_NOT_BLANK,
      HOME_ZIP_PATTERN,
      HOME_GEO_LAT_DECIMAL_MIN,
      HOME_GEO_LAT_DECIMAL_MAX,
      HOME_GEO_LON_MIN,
      HOME_GEO_LON_MAX,
      WORK_STREET_NOT_NULL,
      WORK_STREET_NOT_BLANK,
      WORK_ZIP_PATTERN,
      WORK_GEO_LAT_DECIMAL_MIN,
      WORK_GEO_LAT_DECIMAL_MAX,
      WORK_GEO_LON_MIN,
      WORK_GEO_LON_MAX);

  private Person_() {
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
  public static List<Violation> violations(Person value) {
    List<Violation> out = new ArrayList<>();
    if (!NAME_NOT_NULL.accepts(value.name())) {
      out.add(NAME_NOT_NULL.violation(value.name()));
    }
    if (!NAME_NOT_BLANK.accepts(value.name())) {
      out.add(NAME_NOT_BLANK.violation(value.name()));
    }
    if (!NAME_SIZE.accepts(value.name())) {
      out.add(NAME_SIZE.violation(value.name()));
    }
    if (!AGE_MIN.accepts(value.age())) {
      out.add(AGE_MIN.violation(value.age()));
    }
    if (!AGE_MAX.accepts(value.age())) {
      out.add(AGE_MAX.violation(value.age()));
    }
    if (!INCOME_NOT_NULL.accepts(value.income())) {
      out.add(INCOME_NOT_NULL.violation(value.income()));
    }
    if (!INCOME_POSITIVE.accepts(value.income())) {
      out.add(INCOME_POSITIVE.violation(value.income()));
    }
    if (!CHILDREN_POSITIVE_OR_ZERO.accepts(value.children())) {
      out.add(CHILDREN_POSITIVE_OR_ZERO.violation(value.children()));
    }
    if (!DEBT_NEGATIVE.accepts(value.debt())) {
      out.add(DEBT_NEGATIVE.violation(value.debt()));
    }
    if (!BALANCE_NEGATIVE_OR_ZERO.accepts(value.balance())) {
      out.add(BALANCE_NEGATIVE_OR_ZERO.violation(value.balance()));
    }
    if (!SCORE_DECIMAL_MIN.accepts(value.score())) {
      out.add(SCORE_DECIMAL_MIN.violation(value.score()));
    }
    if (!SCORE_DECIMAL_MAX.accepts(value.score())) {
      out.add(SCORE_DECIMAL_MAX.violation(value.score()));
    }
    if (!TAGS_NOT_NULL.accepts(value.tags())) {
      out.add(TAGS_NOT_NULL.violation(value.tags()));
    }
    if (!TAGS_NOT_EMPTY.accepts(value.tags())) {
      out.add(TAGS_NOT_EMPTY.violation(value.tags()));
    }
    if (!COUNTRY_NOT_NULL.accepts(value.country())) {
      out.add(COUNTRY_NOT_NULL.violation(value.country()));
    }
    if (!COUNTRY_PATTERN.accepts(value.country())) {
      out.add(COUNTRY_PATTERN.violation(value.country()));
    }
    if (!EMAIL_EMAIL.accepts(value.email())) {
      out.add(EMAIL_EMAIL.violation(value.email()));
    }
    if (!WORK_EMAIL_EMAIL.accepts(value.workEmail())) {
      out.add(WORK_EMAIL_EMAIL.violation(value.workEmail()));
    }
    if (!WORK_EMAIL_EMAIL_PATTERN.accepts(value.workEmail())) {
      out.add(WORK_EMAIL_EMAIL_PATTERN.violation(value.workEmail()));
    }
    if (!NICKNAME_NOT_NULL.accepts(value.nickname())) {
      out.add(NICKNAME_NOT_NULL.violation(value.nickname()));
    }
    if (!BORN_NOT_NULL.accepts(value.born())) {
      out.add(BORN_NOT_NULL.violation(value.born()));
    }
    if (!BORN_PAST.accepts(value.born())) {
      out.add(BORN_PAST.violation(value.born()));
    }
    if (!SEEN_NOT_NULL.accepts(value.seen())) {
      out.add(SEEN_NOT_NULL.violation(value.seen()));
    }
    if (!SEEN_PAST_OR_PRESENT.accepts(value.seen())) {
      out.add(SEEN_PAST_OR_PRESENT.violation(value.seen()));
    }
    if (!DUE_NOT_NULL.accepts(value.due())) {
      out.add(DUE_NOT_NULL.violation(value.due()));
    }
    if (!DUE_FUTURE.accepts(value.due())) {
      out.add(DUE_FUTURE.violation(value.due()));
    }
    if (!RENEWAL_FUTURE_OR_PRESENT.accepts(value.renewal())) {
      out.add(RENEWAL_FUTURE_OR_PRESENT.violation(value.renewal()));
    }
    if (!ACTIVE_ASSERT_TRUE.accepts(value.active())) {
      out.add(ACTIVE_ASSERT_TRUE.violation(value.active()));
    }
    if (!DELETED_ASSERT_FALSE.accepts(value.deleted())) {
      out.add(DELETED_ASSERT_FALSE.violation(value.deleted()));
    }
    if (!HOME_NOT_NULL.accepts(value.home())) {
      out.add(HOME_NOT_NULL.violation(value.home()));
    }
    if (value.home() != null) {
      if (!HOME_STREET_NOT_NULL.accepts(value.home().street())) {
        out.add(HOME_STREET_NOT_NULL.violation(value.home().street()));
      }
      if (!HOME_STREET_NOT_BLANK.accepts(value.home().street())) {
        out.add(HOME_STREET_NOT_BLANK.violation(value.home().street()));
      }
      if (!HOME_ZIP_PATTERN.accepts(value.home().zip())) {
        out.add(HOME_ZIP_PATTERN.violation(value.home().zip()));
      }
      if (value.home().geo() != null) {
        if (!HOME_GEO_LAT_DECIMAL_MIN.accepts(value.home().geo().lat())) {
          out.add(HOME_GEO_LAT_DECIMAL_MIN.violation(value.home().geo().lat()));
        }
        if (!HOME_GEO_LAT_DECIMAL_MAX.accepts(value.home().geo().lat())) {
          out.add(HOME_GEO_LAT_DECIMAL_MAX.violation(value.home().geo().lat()));
        }
        if (!HOME_GEO_LON_MIN.accepts(value.home().geo().lon())) {
          out.add(HOME_GEO_LON_MIN.violation(value.home().geo().lon()));
        }
        if (!HOME_GEO_LON_MAX.accepts(value.home().geo().lon())) {
          out.add(HOME_GEO_LON_MAX.violation(value.home().geo().lon()));
        }
      }
    }
    if (value.work() != null) {
      if (!WORK_STREET_NOT_NULL.accepts(value.work().street())) {
        out.add(WORK_STREET_NOT_NULL.violation(value.work().street()));
      }
      if (!WORK_STREET_NOT_BLANK.accepts(value.work().street())) {
        out.add(WORK_STREET_NOT_BLANK.violation(value.work().street()));
      }
      if (!WORK_ZIP_PATTERN.accepts(value.work().zip())) {
        out.add(WORK_ZIP_PATTERN.violation(value.work().zip()));
      }
      if (value.work().geo() != null) {
        if (!WORK_GEO_LAT_DECIMAL_MIN.accepts(value.work().geo().lat())) {
          out.add(WORK_GEO_LAT_DECIMAL_MIN.violation(value.work().geo().lat()));
        }
        if (!WORK_GEO_LAT_DECIMAL_MAX.accepts(value.work().geo().lat())) {
          out.add(WORK_GEO_LAT_DECIMAL_MAX.violation(value.work().geo().lat()));
        }
        if (!WORK_GEO_LON_MIN.accepts(value.work().geo().lon())) {
          out.add(WORK_GEO_LON_MIN.violation(value.work().geo().lon()));
        }
        if (!WORK_GEO_LON_MAX.accepts(value.work().geo().lon())) {
          out.add(WORK_GEO_LON_MAX.violation(value.work().geo().lon()));
        }
      }
    }
    return out;
  }
}
