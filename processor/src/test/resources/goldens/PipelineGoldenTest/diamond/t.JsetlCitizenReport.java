package t;

import com.typesafe.config.Config;
import io.jsetl.runtime.RunListener;
import io.jsetl.runtime.wiring.GeneratedPipeline;
import io.jsetl.runtime.wiring.Key;
import io.jsetl.runtime.wiring.PipelineSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import javax.annotation.processing.Generated;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The pipeline {@link CitizenReport}, wired from its factories. Create it with {@link #builder()}.
 */
@Generated("io.jsetl.processor.JsetlProcessor")
public final class JsetlCitizenReport extends GeneratedPipeline implements CitizenReport {
  private static final Key CITY_STATS = Key.of("org.apache.spark.sql.Dataset<org.apache.spark.sql.Row>", "");

  private static final Key MIN_AGE = Key.of("java.lang.Integer", "minAge");

  private JsetlCitizenReport(PipelineSpec spec) {
    super(spec);
  }

  /**
   * Starts the staged builder: the required steps one by one (external inputs
   * and factories without a public no-argument constructor, by name), then
   * the optional steps and {@code build()}.
   */
  public static MinAgeStage builder() {
    return new Builder();
  }

  @Override
  public Dataset<Row> cityStats() {
    return output(CITY_STATS);
  }

  /**
   * A required step of {@link JsetlCitizenReport#builder()}.
   */
  public interface MinAgeStage {
    /**
     * The external input {@code Integer "minAge"},
     * needed by parameter {@code minAge} of {@code CitizenFactories.adults}.
     */
    BuildStage minAge(Integer minAge);
  }

  /**
   * The last stage of {@link JsetlCitizenReport#builder()}: optional steps, then {@code build()}.
   */
  public interface BuildStage {
    /**
     * The Spark session to run on; optional.
     */
    BuildStage spark(SparkSession spark);

    /**
     * The configuration ({@code jsetl.connectors}, ...), e.g. {@code ConfigFactory.load()}; optional.
     */
    BuildStage config(Config config);

    /**
     * The instance {@link CitizenFactories}'s methods run on; by default one created on first use.
     */
    BuildStage citizenFactories(CitizenFactories citizenFactories);

    /**
     * How many nodes may run at once (at least 1); optional.
     */
    BuildStage parallelism(int parallelism);

    /**
     * A hook around each node of every run (before, after, validation results); optional,
     * may be given several times.
     */
    BuildStage listener(RunListener listener);

    JsetlCitizenReport build();
  }

  private static final class Builder implements MinAgeStage, BuildStage {
    private Integer minAge;

    private SparkSession spark;

    private Config config;

    private CitizenFactories citizenFactories;

    private Integer parallelism;

    private final List<RunListener> listeners = new ArrayList<>();

    @Override
    public BuildStage minAge(Integer minAge) {
      this.minAge = Objects.requireNonNull(minAge, "JsetlCitizenReport.builder(): minAge must not be null");
      return this;
    }

    @Override
    public BuildStage spark(SparkSession spark) {
      this.spark = Objects.requireNonNull(spark, "JsetlCitizenReport.builder(): spark must not be null");
      return this;
    }

    @Override
    public BuildStage config(Config config) {
      this.config = Objects.requireNonNull(config, "JsetlCitizenReport.builder(): config must not be null");
      return this;
    }

    @Override
    public BuildStage citizenFactories(CitizenFactories citizenFactories) {
      this.citizenFactories = Objects.requireNonNull(citizenFactories, "JsetlCitizenReport.builder(): citizenFactories must not be null");
      return this;
    }

    @Override
    public BuildStage parallelism(int parallelism) {
      this.parallelism = parallelism;
      return this;
    }

    @Override
    public BuildStage listener(RunListener listener) {
      this.listeners.add(Objects.requireNonNull(listener, "JsetlCitizenReport.builder(): listener must not be null"));
      return this;
    }

    @Override
    public JsetlCitizenReport build() {
      PipelineSpec.Builder spec = PipelineSpec.builder("CitizenReport")
          .nodes(CitizenFactories_Wiring.nodes(new OnFirstUse<>(citizenFactories, CitizenFactories::new)))
          .external(MIN_AGE, minAge)
          .output(CITY_STATS)
          .spark(spark)
          .config(config)
          .parallelism(parallelism);
      listeners.forEach(spec::listener);
      return new JsetlCitizenReport(spec.build());
    }
  }

  /**
   * A factory instance: the one given to the builder, or one created on first use.
   */
  private static final class OnFirstUse<T> implements Supplier<T> {
    private final Supplier<? extends T> create;

    private T instance;

    OnFirstUse(T given, Supplier<? extends T> create) {
      this.instance = given;
      this.create = create;
    }

    @Override
    public synchronized T get() {
      if (instance == null) {
        instance = create.get();
      }
      return instance;
    }
  }
}
