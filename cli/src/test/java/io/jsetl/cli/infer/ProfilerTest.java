package io.jsetl.cli.infer;

import static com.google.common.truth.Truth.assertThat;

import io.jsetl.runtime.testkit.TestSpark;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.SparkContext;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/** What the profile measures, and that it is one Spark query however many columns there are. */
class ProfilerTest {
  private static final String GROUP = "jsetl-profiler-test";

  private static Dataset<Row> sample() {
    return TestSpark.session()
        .sql(
            "SELECT * FROM VALUES"
                + " ('Ada', 36, named_struct('city', 'Paris'), array('a', NULL)),"
                + " ('  ', NULL, named_struct('city', CAST(NULL AS STRING)), array('b')),"
                + " ('Ada', 41, NULL, NULL)"
                + " AS t(name, age, home, tags)");
  }

  /**
   * One query: adaptive execution runs each of its stages (partial, then final aggregation) as a
   * Spark job of its own, but all belong to the same SQL execution and the data is read once.
   */
  @Test
  void profilesEveryColumnAndStructFieldInOneQuery() throws Exception {
    SparkContext context = TestSpark.session().sparkContext();
    Set<String> executions = ConcurrentHashMap.newKeySet();
    SparkListener counter =
        new SparkListener() {
          @Override
          public void onJobStart(SparkListenerJobStart start) {
            Properties properties = start.properties();
            if (GROUP.equals(properties.getProperty("spark.jobGroup.id"))) {
              executions.add(properties.getProperty("spark.sql.execution.id"));
            }
          }
        };
    Dataset<Row> sample = sample();
    context.addSparkListener(counter);
    try {
      context.setJobGroup(GROUP, "profile", false);
      Profiler.profile(sample, 10);
    } finally {
      context.clearJobGroup();
      // Listener events are delivered asynchronously: wait until ours have been.
      context.listenerBus().waitUntilEmpty();
      context.removeSparkListener(counter);
    }

    assertThat(executions).hasSize(1);
  }

  @Test
  void measuresNullsRangesLengthsBlanksAndValues() {
    SampleProfile profile = Profiler.profile(sample(), 10);

    assertThat(profile.rows()).isEqualTo(3);
    ColumnProfile name = profile.column(List.of("name"));
    assertThat(name.nullable()).isFalse();
    assertThat(name.maxLength()).isEqualTo(3);
    assertThat(name.anyBlank()).isTrue();
    assertThat(name.fewValues()).containsExactly("  ", "Ada").inOrder();

    ColumnProfile age = profile.column(List.of("age"));
    assertThat(age.nonNull()).isEqualTo(2);
    assertThat(age.nullable()).isTrue();
    assertThat(age.numbers()).isEqualTo(new ColumnProfile.NumberSpan(36, 41));

    // A field counts only where its struct is present: 2 rows, one of them null.
    ColumnProfile city = profile.column(List.of("home", "city"));
    assertThat(city.present()).isEqualTo(2);
    assertThat(city.nonNull()).isEqualTo(1);

    assertThat(profile.column(List.of("tags")).nullElements()).isTrue();
  }

  @Test
  void listsAtMostOneOfMaxValues() {
    SampleProfile profile = Profiler.profile(sample(), 1);

    assertThat(profile.column(List.of("name")).fewValues()).isNull();
  }
}
