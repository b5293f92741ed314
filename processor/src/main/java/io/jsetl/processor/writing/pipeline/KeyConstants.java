package io.jsetl.processor.writing.pipeline;

import static io.jsetl.processor.util.ConstantNames.upperSnake;

import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.NameAllocator;
import io.jsetl.processor.model.graph.BuilderStep;
import io.jsetl.processor.model.graph.DeliverableKey;
import io.jsetl.processor.model.graph.OutputModel;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * The {@code private static final Key} constants of a generated pipeline: one per distinct
 * requested output (named after its first method: {@code cityStats} → {@code CITY_STATS}), then one
 * per external input (named after its builder step). A {@link NameAllocator} keeps them distinct
 * from each other and from the builder's fields, which would shadow them ({@code @Input(id = "ID")}
 * gives a step and field {@code ID}).
 */
final class KeyConstants {
  private final Map<DeliverableKey, String> names = new LinkedHashMap<>();

  KeyConstants(
      List<OutputModel> outputs,
      List<BuilderStep.ExternalStep> externals,
      Collection<String> builderFields) {
    NameAllocator allocator = new NameAllocator();
    builderFields.forEach(allocator::newName);
    for (OutputModel output : outputs) {
      names.computeIfAbsent(output.key(), k -> allocator.newName(upperSnake(output.name()), k));
    }
    for (BuilderStep.ExternalStep step : externals) {
      names.computeIfAbsent(step.input().key(), k -> allocator.newName(upperSnake(step.name()), k));
    }
  }

  String name(DeliverableKey key) {
    String name = names.get(key);
    if (name == null) {
      throw new IllegalStateException("no constant for " + key);
    }
    return name;
  }

  List<FieldSpec> fields() {
    List<FieldSpec> fields = new ArrayList<>();
    names.forEach(
        (key, name) ->
            fields.add(
                FieldSpec.builder(
                        RuntimeTypes.KEY, name, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                    .initializer(WiringWriter.key(key))
                    .build()));
    return fields;
  }
}
