package io.jsetl.processor.model.schema;

import java.util.List;
import java.util.Objects;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import org.jspecify.annotations.Nullable;

/**
 * One record component, read once.
 *
 * @param name the component's name: its accessor and the name of the generated {@code Col} field
 * @param column the Spark column name ({@code @Column} or {@link #name})
 * @param javaType the component's declared type as written, for messages
 * @param type the column type tree
 * @param nullable whether the column admits null (marked {@code @Nullable}, not a primitive)
 * @param checks the check annotations in declaration order
 * @param decimal {@code @Decimal}, if present
 * @param columnAnnotation {@code @Column}, if present (anchor for problems with the name)
 * @param misplacedNullables {@code @Nullable} marks that cannot apply
 * @param anchor the element diagnostics point at: the component's private field, whose position
 *     javac knows (it reports no position for record component elements on Java 17)
 */
public record ColumnModel(
    String name,
    String column,
    String javaType,
    ColumnType type,
    boolean nullable,
    List<CheckModel> checks,
    @Nullable DecimalSpec decimal,
    @Nullable AnnotationMirror columnAnnotation,
    List<MisplacedNullable> misplacedNullables,
    Element anchor) {
  public ColumnModel {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(column, "column");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(anchor, "anchor");
    checks = List.copyOf(checks);
    misplacedNullables = List.copyOf(misplacedNullables);
  }

  /**
   * Whether the column's rules check it is not null: every column that can hold null (not a
   * primitive) unless it is {@code @Nullable}, and a {@code @Nullable} one with Jakarta's {@code
   * @NotNull} (or {@code @NotEmpty}, {@code @NotBlank}). The Spark schema keeps it nullable then:
   * the data may hold nulls, validation rejects them.
   */
  public boolean checkedNotNull() {
    return !type.isPrimitive()
        && (!nullable || checks.stream().anyMatch(CheckModel.NotNull.class::isInstance));
  }
}
