package io.jsetl.processor.model.schema;

import com.palantir.javapoet.ClassName;
import java.util.List;
import java.util.Objects;
import javax.lang.model.element.TypeElement;
import org.jspecify.annotations.Nullable;

/**
 * A {@code @Schema} record, read once from its element; validators check it and the writer emits
 * {@code X_} from it without looking at annotations again.
 *
 * @param element the record (the originating element of the generated file)
 * @param recordName the record's class name
 * @param generatedName {@code Citizen_} beside {@code Citizen}; {@code Outer_Inner_} for a nested
 *     record
 * @param notPublic the record, or the innermost class around it, that is not public; null when
 *     code in any package can name the record (Spark's generated code must)
 * @param generic whether the record declares type parameters
 * @param columns the components in declaration order
 * @param checkMethods the {@code @Check} methods in declaration order
 */
public record SchemaModel(
    TypeElement element,
    ClassName recordName,
    ClassName generatedName,
    @Nullable ClassName notPublic,
    boolean generic,
    List<ColumnModel> columns,
    List<CheckMethodModel> checkMethods) {
  public SchemaModel {
    Objects.requireNonNull(element, "element");
    columns = List.copyOf(columns);
    checkMethods = List.copyOf(checkMethods);
  }

  /** The record's qualified name, for messages. */
  public String qualifiedName() {
    return recordName.canonicalName();
  }

  /**
   * Whether some type is not resolved yet: the record is processed again in the next round, and
   * reported only if it still is unresolved in the last.
   */
  public boolean hasUnresolvedTypes() {
    return columns.stream()
            .flatMap(c -> ColumnTypes.nodes(c).stream())
            .anyMatch(n -> n.type() instanceof ColumnType.Unresolved)
        || checkMethods.stream().anyMatch(m -> m.returns() == CheckMethodModel.Returns.UNRESOLVED);
  }
}
