package io.jsetl.runtime.validate;

import static io.jsetl.runtime.testing.TestNodes.node;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.typesafe.config.ConfigFactory;
import io.jsetl.dsl.OnFailure;
import io.jsetl.dsl.Rule;
import io.jsetl.dsl.RuleSet;
import io.jsetl.runtime.NodeReport;
import io.jsetl.runtime.RuleFailure;
import io.jsetl.runtime.RunListener;
import io.jsetl.runtime.RunReport;
import io.jsetl.runtime.ValidationException;
import io.jsetl.runtime.ValidationReport;
import io.jsetl.runtime.schedule.PipelineEngine;
import io.jsetl.runtime.testing.MemoryTables;
import io.jsetl.runtime.testkit.TestSpark;
import io.jsetl.runtime.wiring.InputSpec;
import io.jsetl.runtime.wiring.Key;
import io.jsetl.runtime.wiring.NodeSpec;
import io.jsetl.runtime.wiring.PipelineSpec;
import io.jsetl.runtime.wiring.ValidationSpec;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

/** Validation points run by the engine on the shared session, with in-memory tables. */
class ValidationEngineTest {
  private static final Key PEOPLE = Key.of("org.apache.spark.sql.Dataset<io.jsetl.runtime.validate.Person>", "");
  private static final Key CHECKED = Key.of(PEOPLE.type(), "checked");

  private final SparkSession spark = TestSpark.session();
  private final String tag = UUID.randomUUID().toString().substring(0, 8);

  /** 6 valid rows and 4 invalid ones: a blank name, age 200, a bad e-mail and age -1 with city Rome. */
  private static List<Person> people() {
    return List.of(
        new Person("Ada", 36, "ada@example.org", "London"),
        new Person("Bob", 17, null, "Paris"),
        new Person("Cy", 52, "cy@example.org", "London"),
        new Person("Di", 18, null, "Paris"),
        new Person("Ed", 70, null, "London"),
        new Person("Flo", 0, "flo@example.org", "Paris"),
        new Person("  ", 40, null, "London"),
        new Person("Gus", 200, null, "Paris"),
        new Person("Hal", 33, "not-an-address", "London"),
        new Person("Ivy", -1, null, "Rome"));
  }

  private String table(String name) {
    return name + "_" + tag;
  }

  private void givenPeople() {
    Dataset<Person> data = spark.createDataset(people(), Person_.ENCODER);
    MemoryTables.put(table("people"), data.toDF());
  }

  private PipelineSpec.Builder pipeline(String extraConfig) {
    String conf =
        "jsetl.progress = false\n"
            + "jsetl.connectors {\n"
            + "  people { storage = memory, table = " + table("people") + " }\n"
            + "  out { storage = memory, table = " + table("out") + " }\n"
            + "  bad_rows { storage = memory, table = " + table("bad") + " }\n"
            + "}\n"
            + extraConfig;
    return PipelineSpec.builder("Checks").spark(spark).config(ConfigFactory.parseString(conf));
  }

  /** Reads people and writes them to "out", unchecked. */
  private static NodeSpec copyPeople() {
    return node("People.copy")
        .delivers(CHECKED)
        .input(InputSpec.source(PEOPLE, "people", Person_.ENCODER))
        .sink("out")
        .invoker(in -> in.<Dataset<Person>>get(0))
        .build();
  }

  /** Reads people and writes them to "out", the output checked as {@code validation} says. */
  private static NodeSpec copyPeople(ValidationSpec validation) {
    return copyPeople().validated(validation);
  }

  private static Set<String> names(Dataset<Row> rows) {
    Set<String> out = new TreeSet<>();
    rows.collectAsList().forEach(r -> out.add(r.getString(r.fieldIndex("name"))));
    return out;
  }

  @Test
  void failThrowsNamingEveryBrokenRuleWithItsCountAndWritesNothing() {
    givenPeople();
    MemoryTables.put(table("out"), spark.createDataset(people().subList(0, 1), Person_.ENCODER).toDF());
    PipelineEngine engine =
        PipelineEngine.create(
            pipeline("").nodes(List.of(copyPeople(new ValidationSpec(OnFailure.FAIL, "", Person_.RULES)))).build());

    ValidationException e = assertThrows(ValidationException.class, engine::run);

    ValidationReport r = e.report();
    assertEquals("People.copy", r.node());
    assertEquals("output", r.target());
    assertFalse(r.passed());
    assertEquals(10, r.totalRows());
    assertEquals(
        List.of("name: notBlank 1", "age: range[0..150] 2", "email: email 1", "city: oneOf[London, Paris] 1"),
        r.failures().stream().map(f -> f.reason() + " " + f.failedRows()).toList());
    RuleFailure age = r.failures().get(1);
    assertEquals(List.of("-1", "200"), age.samples());
    assertTrue(e.getMessage().contains("age    range[0..150]"), e.getMessage());
    assertEquals(Set.of("Ada"), names(MemoryTables.get(table("out"))), "the sink is untouched");
  }

  @Test
  void dropWritesTheValidRowsAndQuarantinesTheRestWithReasons() {
    givenPeople();
    PipelineEngine engine =
        PipelineEngine.create(
            pipeline("")
                .nodes(List.of(copyPeople(new ValidationSpec(OnFailure.DROP, "bad_rows", Person_.RULES))))
                .build());

    RunReport report = engine.run();

    assertEquals(Set.of("Ada", "Bob", "Cy", "Di", "Ed", "Flo"), names(MemoryTables.get(table("out"))));
    Dataset<Row> bad = MemoryTables.get(table("bad"));
    assertEquals(Set.of("  ", "Gus", "Hal", "Ivy"), names(bad));
    List<String> ivy =
        bad.filter("name = 'Ivy'").first().getList(bad.schema().fieldIndex("jsetl_errors"));
    assertEquals(List.of("age: range[0..150]", "city: oneOf[London, Paris]"), ivy);
    ValidationReport r = report.validations().get(0);
    assertEquals(4, r.droppedRows());
    assertEquals(10, r.totalRows());
    assertEquals("bad_rows", r.quarantine());
    assertEquals(2, r.extraJobs(), "one to count every rule, one to write the quarantine");
    assertEquals(
        MemoryTables.get(table("people")).count(),
        MemoryTables.get(table("out")).count() + bad.count(),
        "valid + quarantined = input");
  }

  @Test
  void statisticsAreFusedAndKeysAreLookedUpInAnotherDeliverable() {
    givenPeople();
    Key cities = Key.of("org.apache.spark.sql.Dataset<" + City.class.getCanonicalName() + ">", "");
    org.apache.spark.sql.Encoder<City> cityEncoder =
        io.jsetl.runtime.encoding.Encoding.encoder(
            City.class,
            io.jsetl.runtime.encoding.Encoding.field("name", "name", io.jsetl.runtime.encoding.Encoding.STRING, false));
    io.jsetl.dsl.Col<Person, String> city = io.jsetl.dsl.Col.of(Person.class, "city");
    io.jsetl.dsl.Col<City, String> cityName = io.jsetl.dsl.Col.of(City.class, "name");
    io.jsetl.dsl.Col<Person, Integer> age = io.jsetl.dsl.Col.of(Person.class, "age");
    RuleSet<Person> rules =
        RuleSet.of(
            Person.class,
            new Rule.DatasetLevel("meanAge", () -> io.jsetl.dsl.DatasetCheck.mean(age, 20, 30)),
            new Rule.DatasetLevel("ageSpread", () -> io.jsetl.dsl.DatasetCheck.stddev(age, 0, 1000)),
            new Rule.DatasetLevel("medianAge", () -> io.jsetl.dsl.DatasetCheck.quantile(age, 0.5, 30, 40)),
            new Rule.DatasetLevel("fewMissingEmails", () -> io.jsetl.dsl.DatasetCheck.nullFraction(Col_email(), 0.5)),
            new Rule.DatasetLevel("knownCity", () -> io.jsetl.dsl.DatasetCheck.keysIn(city, cityName)));
    NodeSpec known =
        node("Cities.known")
            .delivers(cities)
            .invoker(in -> in.spark().createDataset(List.of(new City("London"), new City("Paris")), cityEncoder))
            .build();
    NodeSpec copy =
        node("People.copy")
            .delivers(CHECKED)
            .input(InputSpec.source(PEOPLE, "people", Person_.ENCODER))
            .input(InputSpec.of(cities))
            .sink("out")
            .invoker(in -> in.<Dataset<Person>>get(0))
            .build()
            .validated(new ValidationSpec(OnFailure.REPORT, "", rules));
    PipelineEngine engine = PipelineEngine.create(pipeline("").nodes(List.of(known, copy)).build());

    ValidationReport r = engine.run().validations().get(0);

    assertEquals(
        List.of(
            "meanAge mean=46.5, expected [20..30]",
            "fewMissingEmails nullFraction=0.6, expected [0..0.5]",
            "knownCity null"),
        r.failures().stream().map(f -> f.rule() + " " + f.observed()).toList());
    RuleFailure unknownCity = r.failures().get(2);
    assertEquals(1, unknownCity.failedRows());
    assertEquals(List.of("Rome"), unknownCity.samples());
    assertEquals(1, r.extraJobs(), "statistics ride in the write's job; only keysIn runs its own");
  }

  private static io.jsetl.dsl.Col<Person, String> Col_email() {
    return io.jsetl.dsl.Col.of(Person.class, "email");
  }

  @Test
  void reportKeepsEveryRowAndListsWhatIsBroken() {
    givenPeople();
    PipelineEngine engine =
        PipelineEngine.create(
            pipeline("").nodes(List.of(copyPeople(new ValidationSpec(OnFailure.REPORT, "", Person_.RULES)))).build());

    RunReport report = engine.run();

    assertEquals(10, MemoryTables.get(table("out")).count());
    ValidationReport r = report.validations().get(0);
    assertFalse(r.passed());
    assertEquals(4, r.failures().size());
    assertEquals(1, r.extraJobs(), "rows broke rules: one job counts each rule and takes samples");
    assertTrue(report.toJson().contains("\"rule\": \"range[0..150]\""), report.toJson());
  }

  /** Spark jobs run in the job group of {@code node} in the run of {@code report}. */
  private int jobsOf(RunReport report, String node) {
    return spark.sparkContext().statusTracker().getJobIdsForGroup("jsetl-" + report.runId() + "-" + node).length;
  }

  @Test
  void theRulesRunInsideTheSinksJobNotInJobsOfTheirOwn() {
    // Valid rows only (invalid data costs one job more, for the details), and not a local
    // relation, which Spark would collect on the driver without any job.
    MemoryTables.put(
        table("people"),
        spark.createDataset(people().subList(0, 6), Person_.ENCODER).toDF().repartition(2));
    RunReport unchecked =
        PipelineEngine.create(pipeline("").nodes(List.of(copyPeople())).build()).run();
    RunReport checked =
        PipelineEngine.create(
                pipeline("")
                    .nodes(List.of(copyPeople(new ValidationSpec(OnFailure.REPORT, "", Person_.RULES))))
                    .build())
            .run();

    assertTrue(checked.validations().get(0).passed());
    assertEquals(0, checked.validations().get(0).extraJobs());
    assertTrue(jobsOf(unchecked, "People.copy") > 0);
    assertEquals(
        jobsOf(unchecked, "People.copy"),
        jobsOf(checked, "People.copy"),
        "six rules, and not one Spark job more than the unvalidated write");
  }

  @Test
  void anOmittedModeComesFromTheSettings() {
    givenPeople();
    PipelineEngine engine =
        PipelineEngine.create(
            pipeline("jsetl.validation.on-failure = drop")
                .nodes(List.of(copyPeople(new ValidationSpec(null, "", Person_.RULES))))
                .build());

    RunReport report = engine.run();

    assertEquals(OnFailure.DROP, report.validations().get(0).mode());
    assertTrue(
        engine.explain().contains("    output; validated: Person, 6 rules, DROP (jsetl.validation.on-failure)\n"),
        engine.explain());
    assertEquals(6, MemoryTables.get(table("out")).count());
  }

  @Test
  void aValidatedInputIsCheckedAsTheFactoryReadsIt() {
    givenPeople();
    InputSpec input =
        InputSpec.source(PEOPLE, "people", Person_.ENCODER)
            .validated(new ValidationSpec(OnFailure.DROP, "", Person_.RULES));
    List<Long> seen = Collections.synchronizedList(new ArrayList<>());
    NodeSpec count =
        node("People.count")
            .delivers("count")
            .input(input)
            .invoker(in -> {
              long n = in.<Dataset<Person>>get(0).count();
              seen.add(n);
              return n;
            })
            .build();
    PipelineEngine engine =
        PipelineEngine.create(pipeline("").nodes(List.of(count)).output(Key.of("java.lang.String", "count")).build());

    RunReport report = engine.run();

    assertEquals(List.of(6L), seen);
    ValidationReport r = report.validations().get(0);
    assertEquals("input from people", r.target());
    assertEquals(4, r.droppedRows());
  }

  @Test
  void aGuardedInputStopsTheConsumersJobAndNamesTheCheckedPoint() {
    givenPeople();
    MemoryTables.put(table("out"), spark.createDataset(people().subList(0, 1), Person_.ENCODER).toDF());
    NodeSpec validated =
        node("People.checked")
            .delivers(CHECKED)
            .input(InputSpec.source(PEOPLE, "people", Person_.ENCODER))
            .invoker(in -> in.<Dataset<Person>>get(0))
            .build()
            .validated(new ValidationSpec(OnFailure.FAIL, "", Person_.RULES));
    NodeSpec consumer =
        node("People.write")
            .delivers("written")
            .input(InputSpec.of(CHECKED))
            .sink("out")
            .invoker(in -> in.<Dataset<Person>>get(0))
            .build();
    PipelineEngine engine =
        PipelineEngine.create(pipeline("").nodes(List.of(validated, consumer)).build());

    ValidationException e = assertThrows(ValidationException.class, engine::run);

    assertEquals("People.checked", e.report().node());
    assertEquals(4, e.report().failures().size());
    assertEquals(Set.of("Ada"), names(MemoryTables.get(table("out"))), "the consumer's sink is untouched");
  }

  @Test
  void datasetChecksRunFirstInFailModeAndStopBeforeTheSink() {
    givenPeople();
    MemoryTables.put(table("out"), spark.createDataset(people().subList(0, 1), Person_.ENCODER).toDF());
    RuleSet<Person> rules =
        RuleSet.of(
            Person.class,
            new Rule.DatasetLevel("size", () -> io.jsetl.dsl.DatasetCheck.rowCount(1, 5)),
            new Rule.Unique("city"));
    PipelineEngine engine =
        PipelineEngine.create(
            pipeline("").nodes(List.of(copyPeople(new ValidationSpec(OnFailure.FAIL, "", rules)))).build());

    ValidationException e = assertThrows(ValidationException.class, engine::run);

    List<RuleFailure> failures = e.report().failures();
    assertEquals("size", failures.get(0).rule());
    assertEquals("rows=10, expected [1..5]", failures.get(0).observed());
    assertEquals("unique", failures.get(1).rule());
    assertEquals(9, failures.get(1).failedRows(), "London 5 and Paris 4; Rome once");
    assertEquals(List.of("London", "Paris"), failures.get(1).samples());
    assertEquals(2, e.report().extraJobs());
    assertEquals(Set.of("Ada"), names(MemoryTables.get(table("out"))));
  }

  @Test
  void listenersSeeEveryNodeAndEveryReport() {
    givenPeople();
    List<String> heard = Collections.synchronizedList(new ArrayList<>());
    RunListener listener =
        new RunListener() {
          @Override
          public void beforeNode(String node) {
            heard.add("before " + node);
          }

          @Override
          public void afterNode(NodeReport report, List<ValidationReport> validations) {
            heard.add("after " + report.name() + " " + report.status() + " " + validations.size());
          }

          @Override
          public void validated(ValidationReport report) {
            heard.add("validated " + report.node() + " " + report.passed());
          }
        };
    PipelineEngine engine =
        PipelineEngine.create(
            pipeline("")
                .nodes(List.of(copyPeople(new ValidationSpec(OnFailure.REPORT, "", Person_.RULES))))
                .listener(listener)
                .build());

    engine.run();

    assertTrue(heard.contains("before People.copy"), heard.toString());
    assertTrue(heard.contains("validated People.copy false"), heard.toString());
    assertTrue(heard.contains("after People.copy SUCCEEDED 1"), heard.toString());
    assertEquals(1, heard.stream().filter(h -> h.startsWith("validated")).count());
  }
}
