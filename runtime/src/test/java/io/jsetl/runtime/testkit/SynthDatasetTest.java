package io.jsetl.runtime.testkit;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jsetl.dsl.Rule;
import io.jsetl.dsl.RuleSet;
import io.jsetl.runtime.encoding.Citizen;
import io.jsetl.runtime.encoding.Citizen_;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.junit.jupiter.api.Test;

/** Valid rows as a Dataset, through the record's encoder. */
class SynthDatasetTest {

  @Test
  void everyColumnTypeEncodesAndComesBackUnchanged() {
    Synth<Person> synth = Synth.of(Person_.RULES);
    Dataset<Person> ds = synth.dataset(TestSpark.session(), Person_.ENCODER, 200, 4L);
    assertEquals(
        synth.valid(200, 4L).stream().map(Rows::deep).toList(),
        ds.collectAsList().stream().map(Rows::deep).toList());
  }

  @Test
  void sparkFindsNoRowBreakingTheRules() {
    RuleSet<Citizen> rules =
        RuleSet.of(
            Citizen.class,
            List.of("name", "age", "city", "e_mail", "status", "balance"),
            new Rule.NotNull("name"),
            new Rule.NotBlank("name"),
            new Rule.NumberRange("age", 18, 150),
            new Rule.NotNull("city"),
            new Rule.OneOf("city", List.of("London", "Paris")),
            new Rule.Email("e_mail"),
            new Rule.NotNull("status"),
            new Rule.NotNull("balance"),
            new Rule.NumberRange("balance", 0, 1e6));
    Dataset<Citizen> ds = Synth.of(rules).dataset(TestSpark.session(), Citizen_.ENCODER, 300, 8L);
    assertEquals(300, ds.count());
    assertEquals(
        0,
        ds.filter(
                col("age")
                    .lt(18)
                    .or(col("age").gt(150))
                    .or(not(col("city").isin("London", "Paris")))
                    .or(not(col("e_mail").rlike(Rule.Email.REGEX)))
                    .or(col("balance").lt(0))
                    .or(not(col("name").rlike("\\S"))))
            .count());
    assertEquals(true, ds.filter(col("e_mail").isNull()).count() > 0);
  }
}
