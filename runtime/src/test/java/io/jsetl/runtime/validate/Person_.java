package io.jsetl.runtime.validate;

import static io.jsetl.runtime.encoding.Encoding.field;

import io.jsetl.dsl.Rule;
import io.jsetl.dsl.RuleSet;
import io.jsetl.runtime.encoding.Encoding;
import java.util.List;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.types.StructType;

/** Written by hand as the processor generates it. */
public final class Person_ {
  private Person_() {}

  public static final Encoder<Person> ENCODER =
      Encoding.encoder(
          Person.class,
          field("name", "name", Encoding.STRING, false),
          field("age", "age", Encoding.INT, false),
          field("email", "email", Encoding.STRING, true),
          field("city", "city", Encoding.STRING, false));
  public static final StructType SCHEMA = ENCODER.schema();

  public static final RuleSet<Person> RULES =
      RuleSet.of(
          Person.class,
          List.of("name", "age", "email", "city"),
          new Rule.NotNull("name"),
          new Rule.NotBlank("name"),
          new Rule.NumberRange("age", 0, 150),
          new Rule.Email("email"),
          new Rule.NotNull("city"),
          new Rule.OneOf("city", List.of("London", "Paris")));
}
