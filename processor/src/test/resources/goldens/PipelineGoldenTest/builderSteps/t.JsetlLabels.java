package t;

import com.typesafe.config.Config;
import io.jsetl.runtime.RunListener;
import io.jsetl.runtime.wiring.GeneratedPipeline;
import io.jsetl.runtime.wiring.Key;
import io.jsetl.runtime.wiring.PipelineSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.annotation.processing.Generated;
import org.apache.spark.sql.SparkSession;

/**
 * The pipeline {@link Labels}, wired from its factories. Create it with {@link #builder()}.
 */
@Generated("io.jsetl.processor.JsetlProcessor")
public final class JsetlLabels extends GeneratedPipeline implements Labels {
  private static final Key COUNT = Key.of("java.lang.Long", "");

  private static final Key LABELS = Key.of("java.util.List<java.lang.String>", "labels");

  private static final Key LOCALE = Key.of("java.lang.String", "locale");

  private static final Key LONG_LIST = Key.of("java.util.List<java.lang.Long>", "");

  private JsetlLabels(PipelineSpec spec) {
    super(spec);
  }

  /**
   * Starts the staged builder: the required steps one by one (external inputs
   * and factories without a public no-argument constructor, by name), then
   * the optional steps and {@code build()}.
   */
  public static LongListStage builder() {
    return new Builder();
  }

  @Override
  public long count() {
    return output(COUNT);
  }

  @Override
  public List<String> labels() {
    return output(LABELS);
  }

  /**
   * A required step of {@link JsetlLabels#builder()}.
   */
  public interface LongListStage {
    /**
     * The external input {@code List<Long>},
     * needed by parameter {@code ids} of {@code Lookups.labels}.
     */
    LookupsStage longList(List<Long> longList);
  }

  /**
   * A required step of {@link JsetlLabels#builder()}.
   */
  public interface LookupsStage {
    /**
     * The instance {@link Lookups}'s methods run on; required: it has no public
     * no-argument constructor.
     */
    BuildStage lookups(Lookups lookups);
  }

  /**
   * The last stage of {@link JsetlLabels#builder()}: optional steps, then {@code build()}.
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
     * How many nodes may run at once (at least 1); optional.
     */
    BuildStage parallelism(int parallelism);

    /**
     * A hook around each node of every run (before, after, validation results); optional,
     * may be given several times.
     */
    BuildStage listener(RunListener listener);

    /**
     * The external input {@code String "locale"},
     * needed by parameter {@code locale} of {@code Lookups.labels}.
     * {@code null}, the default, means absent.
     */
    BuildStage locale(String locale);

    JsetlLabels build();
  }

  private static final class Builder implements LongListStage, LookupsStage, BuildStage {
    private List<Long> longList;

    private Lookups lookups;

    private SparkSession spark;

    private Config config;

    private Integer parallelism;

    private final List<RunListener> listeners = new ArrayList<>();

    private String locale;

    @Override
    public LookupsStage longList(List<Long> longList) {
      this.longList = Objects.requireNonNull(longList, "JsetlLabels.builder(): longList must not be null");
      return this;
    }

    @Override
    public BuildStage lookups(Lookups lookups) {
      this.lookups = Objects.requireNonNull(lookups, "JsetlLabels.builder(): lookups must not be null");
      return this;
    }

    @Override
    public BuildStage spark(SparkSession spark) {
      this.spark = Objects.requireNonNull(spark, "JsetlLabels.builder(): spark must not be null");
      return this;
    }

    @Override
    public BuildStage config(Config config) {
      this.config = Objects.requireNonNull(config, "JsetlLabels.builder(): config must not be null");
      return this;
    }

    @Override
    public BuildStage parallelism(int parallelism) {
      this.parallelism = parallelism;
      return this;
    }

    @Override
    public BuildStage listener(RunListener listener) {
      this.listeners.add(Objects.requireNonNull(listener, "JsetlLabels.builder(): listener must not be null"));
      return this;
    }

    @Override
    public BuildStage locale(String locale) {
      this.locale = locale;
      return this;
    }

    @Override
    public JsetlLabels build() {
      Lookups lookups = this.lookups;
      PipelineSpec.Builder spec = PipelineSpec.builder("Labels")
          .nodes(Counters_Wiring.nodes())
          .nodes(Lookups_Wiring.nodes(() -> lookups))
          .external(LOCALE, locale)
          .external(LONG_LIST, longList)
          .output(COUNT)
          .output(LABELS)
          .spark(spark)
          .config(config)
          .parallelism(parallelism);
      listeners.forEach(spec::listener);
      return new JsetlLabels(spec.build());
    }
  }
}
