package io.jsetl.runtime.testkit;

import static io.jsetl.runtime.encoding.Encoding.field;

import io.jsetl.dsl.Rule;
import io.jsetl.dsl.RuleSet;
import io.jsetl.runtime.encoding.Encoding;
import io.jsetl.runtime.encoding.Encoding.ValueType;
import java.util.List;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.functions;

/** Written by hand as the processor generates {@code Person_}: a rule of every kind. */
public final class Person_ {
  private Person_() {}

  static final Rule ID_UNIQUE = new Rule.Unique("id");
  static final Rule NAME_NOT_BLANK = new Rule.NotBlank("name");
  static final Rule AGE_RANGE = new Rule.NumberRange("age", 0, 150);
  static final Rule EMAIL = new Rule.Email("email");
  static final Rule CODE_PATTERN = new Rule.Pattern("code", "^[A-Z]{2}-\\d{3}$");
  static final Rule CODE_UNIQUE = new Rule.Unique("code");
  static final Rule STATUS_ONE_OF = new Rule.OneOf("status", List.of("ACTIVE", "MOVED"));
  static final Rule BALANCE_RANGE = new Rule.NumberRange("balance", -1000, 1000, false, false);
  static final Rule BORN_PAST = new Rule.TimeRelative("born", false, false);
  static final Rule BORN_FROM = new Rule.TemporalRange("born", "1900-01-01", "");
  static final Rule SCORE_RANGE = new Rule.NumberRange("score", 0, 1, false, true);
  static final Rule HOME_ZIP_PATTERN = new Rule.Pattern("home.zip", "^\\d{5}$");
  static final Rule ADULT = new Rule.RowCheck("adult", () -> functions.col("age").geq(18));

  public static final RuleSet<Person> RULES =
      RuleSet.of(
          Person.class,
          ID_UNIQUE,
          new Rule.NotNull("name"),
          NAME_NOT_BLANK,
          new Rule.Length("name", 1, 20),
          AGE_RANGE,
          EMAIL,
          new Rule.NotNull("code"),
          CODE_PATTERN,
          CODE_UNIQUE,
          new Rule.NotNull("status"),
          STATUS_ONE_OF,
          new Rule.NotNull("balance"),
          BALANCE_RANGE,
          new Rule.NotNull("born"),
          BORN_PAST,
          BORN_FROM,
          new Rule.TemporalRange("seen", "2020-01-01T00:00:00Z", "2030-01-01T00:00:00Z"),
          new Rule.TimeRelative("wake", true, true),
          SCORE_RANGE,
          new Rule.NumberRange("ratio", 0, Double.POSITIVE_INFINITY),
          new Rule.NumberRange("drift", -1, 1),
          new Rule.NumberRange("tiny", 0, 10),
          new Rule.NumberRange("small", Double.NEGATIVE_INFINITY, 0, true, false),
          new Rule.OneOf("level", List.of("1", "2", "3")),
          new Rule.OneOf("flag", List.of("true")),
          new Rule.NotNull("payload"),
          new Rule.Length("payload", 2, 4),
          new Rule.NotNull("tags"),
          new Rule.Length("tags", 1, 3),
          new Rule.NotNull("statuses"),
          new Rule.NotNull("counts"),
          new Rule.NotNull("home"),
          new Rule.NotNull("home.street"),
          new Rule.NotNull("home.zip"),
          HOME_ZIP_PATTERN,
          new Rule.Length("work.street", 3, 30),
          new Rule.NumberRange("work.floor", 0, 99),
          new Rule.NotNull("history"),
          ADULT,
          new Rule.DatasetLevel("rows", () -> new io.jsetl.dsl.DatasetCheck.RowCount(1, 10)));

  static final ValueType ADDRESS =
      Encoding.record(
          Person.Address.class,
          field("street", "street", Encoding.STRING, false),
          field("zip", "zip", Encoding.STRING, false),
          field("floor", "floor", Encoding.BOXED_INT, true));

  static final ValueType NULLABLE_ADDRESS =
      Encoding.record(
          Person.Address.class,
          field("street", "street", Encoding.STRING, true),
          field("zip", "zip", Encoding.STRING, true),
          field("floor", "floor", Encoding.BOXED_INT, true));

  static final ValueType STATUS = Encoding.enumOf(Person.Status.class);

  public static final Encoder<Person> ENCODER =
      Encoding.encoder(
          Person.class,
          field("id", "id", Encoding.LONG, false),
          field("name", "name", Encoding.STRING, false),
          field("age", "age", Encoding.INT, false),
          field("email", "email", Encoding.STRING, true),
          field("code", "code", Encoding.STRING, false),
          field("status", "status", STATUS, false),
          field("balance", "balance", Encoding.decimal(10, 2), false),
          field("born", "born", Encoding.LOCAL_DATE, false),
          field("seen", "seen", Encoding.INSTANT, true),
          field("wake", "wake", Encoding.LOCAL_DATE_TIME, true),
          field("score", "score", Encoding.DOUBLE, false),
          field("ratio", "ratio", Encoding.BOXED_DOUBLE, true),
          field("drift", "drift", Encoding.FLOAT, false),
          field("tiny", "tiny", Encoding.BYTE, false),
          field("small", "small", Encoding.SHORT, false),
          field("level", "level", Encoding.BOXED_INT, true),
          field("flag", "flag", Encoding.BOXED_BOOLEAN, true),
          field("payload", "payload", Encoding.BINARY, false),
          field("tags", "tags", Encoding.list(Encoding.STRING, false), false),
          field("statuses", "statuses", Encoding.set(STATUS, false), false),
          field(
              "counts", "counts", Encoding.map(Encoding.STRING, Encoding.BOXED_LONG, false), false),
          field("home", "home", ADDRESS, false),
          field("work", "work", NULLABLE_ADDRESS, true),
          field("history", "history", Encoding.list(ADDRESS, false), false));
}
