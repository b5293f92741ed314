package io.jsetl.processor.writing.pipeline;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.jsetl.processor.model.graph.FactoryModel;
import io.jsetl.processor.model.graph.OutputModel;
import io.jsetl.processor.model.graph.PipelineGraph;
import io.jsetl.processor.model.graph.StagedBuilder;
import io.jsetl.processor.util.GeneratedAnnotations;
import io.jsetl.processor.util.SourceFiles;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code JsetlX} for a {@code @Pipeline interface X}: a {@code GeneratedPipeline} that
 * implements each output method as {@code return output(KEY);}, with a static staged {@code
 * builder()} (see {@link StagedBuilderWriter}) that assembles the {@code PipelineSpec} from the
 * factories' {@code X_Wiring} nodes, the external inputs and the requested outputs.
 */
public final class PipelineWriter {
  private PipelineWriter() {}

  public static JavaFile write(PipelineGraph graph, ProcessingEnvironment env) {
    StagedBuilder steps = StagedBuilder.of(graph);
    KeyConstants keys =
        new KeyConstants(
            graph.pipeline().outputs(), steps.externals(), StagedBuilderWriter.fieldNames(steps));
    StagedBuilderWriter builder = new StagedBuilderWriter(graph, steps, keys);
    ClassName generated = graph.pipeline().generated();

    TypeSpec.Builder type =
        TypeSpec.classBuilder(generated)
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .superclass(RuntimeTypes.GENERATED_PIPELINE)
            .addSuperinterface(ClassName.get(graph.pipeline().element()))
            .addJavadoc(
                "The pipeline {@link $T}, wired from its factories. Create it with {@link"
                    + " #builder()}.\n",
                ClassName.get(graph.pipeline().element()))
            .addOriginatingElement(graph.pipeline().element())
            .addFields(keys.fields())
            .addMethod(
                MethodSpec.constructorBuilder()
                    .addModifiers(Modifier.PRIVATE)
                    .addParameter(RuntimeTypes.PIPELINE_SPEC, "spec")
                    .addStatement("super(spec)")
                    .build())
            .addMethod(
                MethodSpec.methodBuilder("builder")
                    .addJavadoc(
                        "Starts the staged builder: the required steps one by one (external"
                            + " inputs\n"
                            + "and factories without a public no-argument constructor, by name),"
                            + " then\n"
                            + "the optional steps and {@code build()}.\n")
                    .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                    .returns(builder.firstStage())
                    .addStatement(builder.newBuilder())
                    .build());
    for (FactoryModel factory : graph.pipeline().distinctFactories()) {
      type.addOriginatingElement(factory.element());
    }
    for (OutputModel output : graph.pipeline().outputs()) {
      type.addMethod(
          MethodSpec.methodBuilder(output.name())
              .addAnnotation(Override.class)
              .addModifiers(Modifier.PUBLIC)
              .returns(TypeName.get(output.type()).withoutAnnotations())
              .addStatement("return output($N)", keys.name(output.key()))
              .build());
    }
    type.addTypes(builder.types());
    if (builder.usesOnFirstUse()) {
      type.addType(OnFirstUseWriter.type());
    }
    GeneratedAnnotations.generated(env.getElementUtils()).ifPresent(type::addAnnotation);
    return SourceFiles.javaFile(generated.packageName(), type.build());
  }
}
