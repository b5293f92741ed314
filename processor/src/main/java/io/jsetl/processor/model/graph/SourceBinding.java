package io.jsetl.processor.model.graph;

import com.palantir.javapoet.ClassName;
import java.util.Objects;
import javax.lang.model.element.AnnotationValue;
import org.jspecify.annotations.Nullable;

/**
 * {@code @Input(source = "citizens_csv")}: the input is read from a connector, not produced.
 *
 * @param connector the connector name under {@code jsetl.connectors}
 * @param kind what the connector must decode the rows into
 * @param companion for {@link SourceKind#RECORDS}: {@code Citizen_}, whose {@code ENCODER} decodes
 * @param anchor the {@code source} annotation value, where diagnostics point
 */
public record SourceBinding(
    String connector, SourceKind kind, @Nullable ClassName companion, AnnotationValue anchor) {
  public SourceBinding {
    Objects.requireNonNull(connector, "connector");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(anchor, "anchor");
  }

  /** The parameter types a connector can fill. */
  public enum SourceKind {
    /** {@code Dataset<Row>}: untyped rows, no encoder. */
    ROWS,
    /**
     * {@code Dataset<X>} with {@code X} a {@code @Schema} record: decoded by {@code X_.ENCODER}.
     */
    RECORDS,
    /** Anything else: a {@code TypeMismatch}. */
    UNSUPPORTED
  }
}
