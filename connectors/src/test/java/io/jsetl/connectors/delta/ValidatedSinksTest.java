package io.jsetl.connectors.delta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.typesafe.config.ConfigFactory;
import io.jsetl.connectors.Person;
import io.jsetl.dsl.OnFailure;
import io.jsetl.dsl.Rule;
import io.jsetl.dsl.RuleSet;
import io.jsetl.runtime.ValidationException;
import io.jsetl.runtime.schedule.PipelineEngine;
import io.jsetl.runtime.testkit.TestSpark;
import io.jsetl.runtime.wiring.Key;
import io.jsetl.runtime.wiring.NodeSpec;
import io.jsetl.runtime.wiring.PipelineSpec;
import io.jsetl.runtime.wiring.ValidationSpec;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code @Validate(onFailure = FAIL)} through the engine onto real sinks: a Parquet directory and
 * a Delta table, each already holding data. The failed validation leaves both exactly as they were.
 */
class ValidatedSinksTest {
  private static final RuleSet<Person> RULES =
      RuleSet.of(Person.class, new Rule.NumberRange("age", 0, 150), new Rule.NotNull("name"));

  private final SparkSession spark = TestSpark.session();

  @TempDir Path dir;

  private PipelineEngine engine(List<Person> people) {
    String conf =
        "jsetl.progress = false\n"
            + "jsetl.connectors {\n"
            + "  files { storage = parquet, path = \"" + dir.resolve("files") + "\", mode = overwrite }\n"
            + "  table { storage = delta, path = \"" + dir.resolve("table") + "\", mode = overwrite }\n"
            + "}\n";
    ValidationSpec fail = new ValidationSpec(OnFailure.FAIL, "", RULES);
    Key key = Key.of("org.apache.spark.sql.Dataset<" + Person.class.getName() + ">", "");
    NodeSpec toFiles =
        new NodeSpec(
                "People.toFiles",
                "test.People",
                Key.of(key.type(), "files"),
                List.of(),
                "files",
                in -> in.spark().createDataset(people, Person.ENCODER))
            .validated(fail);
    NodeSpec toTable =
        new NodeSpec(
                "People.toTable",
                "test.People",
                Key.of(key.type(), "table"),
                List.of(),
                "table",
                in -> in.spark().createDataset(people, Person.ENCODER))
            .validated(fail);
    return PipelineEngine.create(
        PipelineSpec.builder("Sinks")
            .spark(spark)
            .config(ConfigFactory.parseString(conf))
            .nodes(List.of(toFiles, toTable))
            .build());
  }

  @Test
  void aFailedValidationLeavesTheFileSinkAndTheDeltaTableAsTheyWere() {
    List<Person> v1 = List.of(new Person("Ada", 36, "London"), new Person("Bob", 17, "Paris"));
    engine(v1).run();
    long version = DeltaVersions.atPath(dir.resolve("table"));

    List<Person> bad =
        List.of(new Person("Cy", 52, "Oslo"), new Person("Di", 200, "Rome"), new Person(null, 3, "Lyon"));
    ValidationException e = assertThrows(ValidationException.class, () -> engine(bad).run());

    assertEquals(2, e.report().failures().size(), e.getMessage());
    assertEquals(v1, Person.sorted(spark.read().parquet(dir.resolve("files").toString()).as(Person.ENCODER)));
    assertEquals(v1, Person.sorted(spark.read().format("delta").load(dir.resolve("table").toString()).as(Person.ENCODER)));
    assertEquals(version, DeltaVersions.atPath(dir.resolve("table")), "no new Delta version");
  }
}
