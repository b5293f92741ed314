package io.jsetl.runtime.wiring;

import java.util.Objects;
import org.apache.spark.sql.Encoder;
import org.jspecify.annotations.Nullable;

/**
 * One deliverable parameter of a factory, as the processor read it from {@code @Input}.
 *
 * @param key the deliverable consumed
 * @param source connector name under {@code jsetl.connectors} to read it from, or {@code ""}
 * @param encoder for a source-bound {@code Dataset<X>}: {@code X_.ENCODER}; {@code null} for a
 *     {@code Dataset<Row>} or when there is no source
 * @param producer binary name of the only class allowed to produce it, or {@code ""} for any
 * @param optional when nothing provides it, the factory receives {@code null}
 * @param validation its {@code @Validate}, or {@code null} when it is not validated
 */
public record InputSpec(
    Key key,
    String source,
    @Nullable Encoder<?> encoder,
    String producer,
    boolean optional,
    @Nullable ValidationSpec validation) {
  public InputSpec {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(producer, "producer");
  }

  /** An input that is not validated. */
  public InputSpec(
      Key key, String source, @Nullable Encoder<?> encoder, String producer, boolean optional) {
    this(key, source, encoder, producer, optional, null);
  }

  /** An input produced by a factory or supplied to the builder. */
  public static InputSpec of(Key key) {
    return new InputSpec(key, "", null, "", false);
  }

  /** An input read from a connector. */
  public static InputSpec source(Key key, String connector, @Nullable Encoder<?> encoder) {
    return new InputSpec(key, connector, encoder, "", false);
  }

  public InputSpec withProducer(String producerClass) {
    return new InputSpec(key, source, encoder, producerClass, optional, validation);
  }

  public InputSpec asOptional() {
    return new InputSpec(key, source, encoder, producer, true, validation);
  }

  /** This input, checked with {@code spec} as the factory reads it. */
  public InputSpec validated(ValidationSpec spec) {
    return new InputSpec(key, source, encoder, producer, optional, spec);
  }

  public boolean hasSource() {
    return !source.isEmpty();
  }
}
