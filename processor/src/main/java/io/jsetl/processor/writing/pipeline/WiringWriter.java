package io.jsetl.processor.writing.pipeline;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import io.jsetl.processor.model.graph.DeliverableKey;
import io.jsetl.processor.model.graph.FactoryModel;
import io.jsetl.processor.model.graph.InjectedModel;
import io.jsetl.processor.model.graph.InputModel;
import io.jsetl.processor.model.graph.NodeModel;
import io.jsetl.processor.model.graph.ParameterModel;
import io.jsetl.processor.model.graph.SourceBinding;
import io.jsetl.processor.model.graph.ValidationModel;
import io.jsetl.processor.util.GeneratedAnnotations;
import io.jsetl.processor.util.SourceFiles;
import java.util.List;
import java.util.function.Supplier;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Modifier;
import org.jspecify.annotations.Nullable;

/**
 * Writes {@code X_Wiring} for a class with {@code @Deliver} methods: one {@code NodeSpec} per
 * method, whose invoker calls the method directly (no reflection), passing deliverable inputs by
 * position ({@code in.<T>get(i)}, the explicit type argument keeps overloads unambiguous) and
 * injected values by kind ({@code in.spark()}, {@code in.config()}, {@code in.context()}). A
 * {@code @Validate} input or node is marked {@code .validated(new ValidationSpec(...))} with the
 * record's {@code X_.RULES}.
 */
public final class WiringWriter {
  private static final String FACTORY = "factory";
  private static final String INPUTS = "in";

  private WiringWriter() {}

  public static JavaFile write(FactoryModel factory, ProcessingEnvironment env) {
    TypeSpec.Builder type =
        TypeSpec.classBuilder(factory.wiring())
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addJavadoc(
                "The nodes of {@link $T}'s {@code @Deliver} methods, for generated pipelines.\n",
                factory.className())
            .addOriginatingElement(factory.element())
            .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
            .addMethod(nodes(factory));
    GeneratedAnnotations.generated(env.getElementUtils()).ifPresent(type::addAnnotation);
    return SourceFiles.javaFile(factory.wiring().packageName(), type.build());
  }

  private static MethodSpec nodes(FactoryModel factory) {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder("nodes")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(ParameterizedTypeName.get(ClassName.get(List.class), RuntimeTypes.NODE_SPEC));
    if (factory.needsInstance()) {
      method
          .addJavadoc(
              "@param $L gives the instance that instance methods run on; called once per run of a"
                  + " node\n",
              FACTORY)
          .addParameter(
              ParameterizedTypeName.get(
                  ClassName.get(Supplier.class), WildcardTypeName.subtypeOf(factory.className())),
              FACTORY);
    }
    List<CodeBlock> nodes = factory.nodes().stream().map(n -> node(factory, n)).toList();
    return method
        .addStatement("return $T.of(\n$L)", List.class, CodeBlock.join(nodes, ",\n"))
        .build();
  }

  private static CodeBlock node(FactoryModel factory, NodeModel node) {
    return CodeBlock.builder()
        .add("new $T(\n$>$>", RuntimeTypes.NODE_SPEC)
        .add("$S,\n", node.name())
        .add("$S,\n", factory.binaryName())
        .add("$L,\n", key(node.output()))
        .add("$L,\n", inputs(node))
        .add("$S,\n", node.sink())
        .add("$L -> $L)$<$<", INPUTS, call(factory, node))
        .add(validated(node.validation()))
        .build();
  }

  /**
   * {@code .validated(new ValidationSpec(OnFailure.DROP, "bad_rows", Citizen_.RULES))}; nothing
   * when not validated. A {@code null} mode leaves it to {@code jsetl.validation.on-failure}.
   */
  private static CodeBlock validated(@Nullable ValidationModel validation) {
    if (validation == null) {
      return CodeBlock.of("");
    }
    CodeBlock onFailure =
        validation.onFailure() == null
            ? CodeBlock.of("null")
            : CodeBlock.of("$T.$N", RuntimeTypes.ON_FAILURE, validation.onFailure());
    return CodeBlock.of(
        ".validated(new $T($L, $S, $T.RULES))",
        RuntimeTypes.VALIDATION_SPEC,
        onFailure,
        validation.quarantine(),
        validation.companion());
  }

  static CodeBlock key(DeliverableKey key) {
    return CodeBlock.of("$T.of($S, $S)", RuntimeTypes.KEY, key.type(), key.id());
  }

  private static CodeBlock inputs(NodeModel node) {
    List<CodeBlock> inputs = node.inputs().stream().map(WiringWriter::input).toList();
    if (inputs.size() <= 1) {
      return CodeBlock.of("$T.of($L)", List.class, CodeBlock.join(inputs, ""));
    }
    return CodeBlock.of("$T.of(\n$>$>$L$<$<)", List.class, CodeBlock.join(inputs, ",\n"));
  }

  private static CodeBlock input(InputModel input) {
    CodeBlock.Builder code = CodeBlock.builder();
    SourceBinding source = input.source();
    if (source == null) {
      code.add("$T.of($L)", RuntimeTypes.INPUT_SPEC, key(input.key()));
    } else {
      code.add(
          "$T.source($L, $S, $L)",
          RuntimeTypes.INPUT_SPEC,
          key(input.key()),
          source.connector(),
          source.companion() == null
              ? CodeBlock.of("null")
              : CodeBlock.of("$T.ENCODER", source.companion()));
    }
    if (input.producer() != null) {
      code.add(".withProducer($S)", input.producer().binaryName());
    }
    if (input.optional()) {
      code.add(".asOptional()");
    }
    return code.add(validated(input.validation())).build();
  }

  /** {@code factory.get().adults(in.<Dataset<Citizen>>get(0), in.spark())}. */
  private static CodeBlock call(FactoryModel factory, NodeModel node) {
    List<CodeBlock> arguments = node.parameters().stream().map(WiringWriter::argument).toList();
    CodeBlock target =
        node.isStatic()
            ? CodeBlock.of("$T", factory.className())
            : CodeBlock.of("$L.get()", FACTORY);
    return CodeBlock.of("$L.$N($L)", target, node.methodName(), CodeBlock.join(arguments, ", "));
  }

  private static CodeBlock argument(ParameterModel parameter) {
    if (parameter instanceof InjectedModel injected) {
      return CodeBlock.of("$L.$N()", INPUTS, injected.injection().accessor());
    }
    InputModel input = (InputModel) parameter;
    TypeName type = TypeName.get(input.type()).withoutAnnotations().box();
    return CodeBlock.of("$L.<$T>get($L)", INPUTS, type, input.index());
  }
}
