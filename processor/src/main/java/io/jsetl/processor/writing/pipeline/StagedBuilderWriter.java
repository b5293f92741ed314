package io.jsetl.processor.writing.pipeline;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.jsetl.processor.model.graph.BuilderStep;
import io.jsetl.processor.model.graph.ExternalInput;
import io.jsetl.processor.model.graph.FactoryModel;
import io.jsetl.processor.model.graph.Instantiation;
import io.jsetl.processor.model.graph.PipelineGraph;
import io.jsetl.processor.model.graph.StagedBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/**
 * The staged builder of a generated pipeline: one interface per required step ({@code
 * RawCitizenStage}), whose only method returns the next stage; the final {@code BuildStage} with
 * the optional steps ({@code listener} may be given several times) and {@code build()}; and the
 * private {@code Builder} that implements them all.
 * A required step rejects {@code null}; an optional external input accepts it (absent).
 */
final class StagedBuilderWriter {
  static final String BUILD_STAGE = "BuildStage";
  private static final String BUILDER = "Builder";

  private final PipelineGraph graph;
  private final StagedBuilder steps;
  private final ClassName pipeline;
  private final KeyConstants keys;
  private final String listeners;

  StagedBuilderWriter(PipelineGraph graph, StagedBuilder steps, KeyConstants keys) {
    this.graph = graph;
    this.steps = steps;
    this.pipeline = graph.pipeline().generated();
    this.keys = keys;
    this.listeners = listenersField(steps);
  }

  /**
   * The names of the builder's fields, which nothing else may shadow: one per step, and the list of
   * listeners.
   */
  static List<String> fieldNames(StagedBuilder steps) {
    List<String> names = stepFields(steps);
    names.add(listenersField(steps));
    return names;
  }

  private static List<String> stepFields(StagedBuilder steps) {
    List<String> names = new ArrayList<>(List.of("spark", "config", "parallelism"));
    steps.required().forEach(s -> names.add(s.name()));
    steps.optionalFactories().forEach(s -> names.add(s.name()));
    steps.optionalExternals().forEach(s -> names.add(s.name()));
    return names;
  }

  /**
   * {@code listeners}, unless an input's step has that name. (The step {@code listener} itself is
   * reserved, as {@code spark} is: see {@code StepNames.RESERVED}.)
   */
  private static String listenersField(StagedBuilder steps) {
    NameAllocator names = new NameAllocator();
    stepFields(steps).forEach(names::newName);
    return names.newName("listeners");
  }

  /** The stage {@code builder()} returns. */
  ClassName firstStage() {
    return steps.required().isEmpty()
        ? stage(BUILD_STAGE)
        : stage(stageName(steps.required().get(0)));
  }

  /** {@code return new Builder();} */
  CodeBlock newBuilder() {
    return CodeBlock.of("return new $T()", pipeline.nestedClass(BUILDER));
  }

  /** The stage interfaces, then the builder class. */
  List<TypeSpec> types() {
    List<TypeSpec> types = new ArrayList<>();
    for (int i = 0; i < steps.required().size(); i++) {
      BuilderStep step = steps.required().get(i);
      types.add(
          TypeSpec.interfaceBuilder(stageName(step))
              .addModifiers(Modifier.PUBLIC)
              .addJavadoc("A required step of {@link $T#builder()}.\n", pipeline)
              .addMethod(abstractStep(step, next(i)))
              .build());
    }
    TypeSpec.Builder buildStage =
        TypeSpec.interfaceBuilder(BUILD_STAGE)
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc(
                "The last stage of {@link $T#builder()}: optional steps, then {@code build()}.\n",
                pipeline);
    for (MethodSpec step : optionalSteps()) {
      buildStage.addMethod(asAbstract(step));
    }
    buildStage.addMethod(
        MethodSpec.methodBuilder("build")
            .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
            .returns(pipeline)
            .build());
    types.add(buildStage.build());
    types.add(builderClass());
    return types;
  }

  private TypeSpec builderClass() {
    TypeSpec.Builder builder =
        TypeSpec.classBuilder(BUILDER)
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL);
    for (BuilderStep step : steps.required()) {
      builder.addSuperinterface(stage(stageName(step)));
    }
    builder.addSuperinterface(stage(BUILD_STAGE));
    for (BuilderStep step : steps.required()) {
      builder.addField(FieldSpec.builder(type(step), step.name(), Modifier.PRIVATE).build());
    }
    builder.addField(
        FieldSpec.builder(RuntimeTypes.SPARK_SESSION, "spark", Modifier.PRIVATE).build());
    builder.addField(FieldSpec.builder(RuntimeTypes.CONFIG, "config", Modifier.PRIVATE).build());
    for (BuilderStep step : steps.optionalFactories()) {
      builder.addField(FieldSpec.builder(type(step), step.name(), Modifier.PRIVATE).build());
    }
    builder.addField(FieldSpec.builder(Integer.class, "parallelism", Modifier.PRIVATE).build());
    builder.addField(
        FieldSpec.builder(
                ParameterizedTypeName.get(ClassName.get(List.class), RuntimeTypes.RUN_LISTENER),
                listeners,
                Modifier.PRIVATE,
                Modifier.FINAL)
            .initializer("new $T<>()", ArrayList.class)
            .build());
    for (BuilderStep step : steps.optionalExternals()) {
      builder.addField(FieldSpec.builder(type(step), step.name(), Modifier.PRIVATE).build());
    }
    for (int i = 0; i < steps.required().size(); i++) {
      BuilderStep step = steps.required().get(i);
      builder.addMethod(
          setter(step.name(), type(step), next(i), true).addAnnotation(Override.class).build());
    }
    for (MethodSpec step : optionalSteps()) {
      builder.addMethod(asImplementation(step));
    }
    return builder.addMethod(build()).build();
  }

  /** The optional steps with bodies, in the documented order. */
  private List<MethodSpec> optionalSteps() {
    ClassName buildStage = stage(BUILD_STAGE);
    List<MethodSpec> methods = new ArrayList<>();
    methods.add(
        setter("spark", RuntimeTypes.SPARK_SESSION, buildStage, true)
            .addJavadoc("The Spark session to run on; optional.\n")
            .build());
    methods.add(
        setter("config", RuntimeTypes.CONFIG, buildStage, true)
            .addJavadoc(
                "The configuration ({@code jsetl.connectors}, ...), e.g. {@code"
                    + " ConfigFactory.load()}; optional.\n")
            .build());
    for (BuilderStep.FactoryInstanceStep step : steps.optionalFactories()) {
      methods.add(
          setter(step.name(), type(step), buildStage, true)
              .addJavadoc(
                  "The instance {@link $T}'s methods run on; by default one created on first"
                      + " use.\n",
                  step.factory().className())
              .build());
    }
    methods.add(
        MethodSpec.methodBuilder("parallelism")
            .addJavadoc("How many nodes may run at once (at least 1); optional.\n")
            .addModifiers(Modifier.PUBLIC)
            .returns(buildStage)
            .addParameter(TypeName.INT, "parallelism")
            .addStatement("this.parallelism = parallelism")
            .addStatement("return this")
            .build());
    methods.add(
        MethodSpec.methodBuilder("listener")
            .addJavadoc(
                "A hook around each node of every run (before, after, validation results);"
                    + " optional,\nmay be given several times.\n")
            .addModifiers(Modifier.PUBLIC)
            .returns(buildStage)
            .addParameter(RuntimeTypes.RUN_LISTENER, "listener")
            .addStatement(
                "this.$N.add($T.requireNonNull(listener, $S))",
                listeners,
                Objects.class,
                pipeline.simpleName() + ".builder(): listener must not be null")
            .addStatement("return this")
            .build());
    for (BuilderStep.ExternalStep step : steps.optionalExternals()) {
      methods.add(
          setter(step.name(), type(step), buildStage, false)
              .addJavadoc(externalDoc(step.input()))
              .addJavadoc("{@code null}, the default, means absent.\n")
              .build());
    }
    return methods;
  }

  /** {@code this.name = Objects.requireNonNull(name, "..."); return this;} */
  private MethodSpec.Builder setter(String name, TypeName type, ClassName next, boolean required) {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder(name)
            .addModifiers(Modifier.PUBLIC)
            .returns(next)
            .addParameter(type, name);
    if (required) {
      method.addStatement(
          "this.$N = $T.requireNonNull($N, $S)",
          name,
          Objects.class,
          name,
          pipeline.simpleName() + ".builder(): " + name + " must not be null");
    } else {
      method.addStatement("this.$N = $N", name, name);
    }
    return method.addStatement("return this");
  }

  private MethodSpec abstractStep(BuilderStep step, ClassName next) {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder(step.name())
            .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
            .returns(next)
            .addParameter(type(step), step.name());
    if (step instanceof BuilderStep.ExternalStep external) {
      method.addJavadoc(externalDoc(external.input()));
    } else {
      FactoryModel factory = ((BuilderStep.FactoryInstanceStep) step).factory();
      method.addJavadoc(
          "The instance {@link $T}'s methods run on; required: it has no public\nno-argument"
              + " constructor.\n",
          factory.className());
    }
    return method.build();
  }

  /** The stage interface's declaration of a step: its signature and documentation. */
  private static MethodSpec asAbstract(MethodSpec method) {
    return MethodSpec.methodBuilder(method.name())
        .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
        .returns(method.returnType())
        .addParameters(method.parameters())
        .addJavadoc(method.javadoc())
        .build();
  }

  /** The builder's implementation of a step: the interface documents it. */
  private static MethodSpec asImplementation(MethodSpec method) {
    return MethodSpec.methodBuilder(method.name())
        .addAnnotation(Override.class)
        .addModifiers(method.modifiers())
        .returns(method.returnType())
        .addParameters(method.parameters())
        .addCode(method.code())
        .build();
  }

  /** Which deliverable the step gives and who needs it. */
  private static CodeBlock externalDoc(ExternalInput input) {
    return CodeBlock.of(
        "The external input {@code $L},\nneeded by parameter {@code $L} of {@code $L}.\n",
        input.key().display(),
        input.firstConsumer().input().name(),
        input.firstConsumer().node().name());
  }

  private MethodSpec build() {
    MethodSpec.Builder build =
        MethodSpec.methodBuilder("build")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(pipeline);
    for (BuilderStep.FactoryInstanceStep step : steps.factories()) {
      if (step.required()) {
        // A local copy: the pipeline must not see later calls on this builder.
        build.addStatement("$T $N = this.$N", step.factory().className(), step.name(), step.name());
      }
    }
    // Named apart from the builder's fields: the expression reads fields that it would shadow.
    NameAllocator locals = new NameAllocator();
    fieldNames(steps).forEach(locals::newName);
    String specLocal = locals.newName("spec");
    CodeBlock.Builder spec =
        CodeBlock.builder()
            .add(
                "$T.Builder $N = $T.builder($S)",
                RuntimeTypes.PIPELINE_SPEC,
                specLocal,
                RuntimeTypes.PIPELINE_SPEC,
                graph.pipeline().name());
    for (FactoryModel factory : graph.pipeline().distinctFactories()) {
      spec.add("\n.nodes($T.nodes($L))", factory.wiring(), instance(factory));
    }
    for (BuilderStep.ExternalStep step : steps.externals()) {
      spec.add("\n.external($N, $N)", keys.name(step.input().key()), step.name());
    }
    graph.pipeline().outputs().stream()
        .map(o -> keys.name(o.key()))
        .distinct()
        .forEach(name -> spec.add("\n.output($N)", name));
    spec.add("\n.spark(spark)\n.config(config)\n.parallelism(parallelism)");
    return build
        .addStatement(spec.build())
        .addStatement("$N.forEach($N::listener)", listeners, specLocal)
        .addStatement("return new $T($N.build())", pipeline, specLocal)
        .build();
  }

  /** What the factory's wiring gets: nothing, the given instance, or one made on first use. */
  private CodeBlock instance(FactoryModel factory) {
    String step =
        steps.factories().stream()
            .filter(s -> s.factory().qualifiedName().equals(factory.qualifiedName()))
            .map(BuilderStep::name)
            .findFirst()
            .orElse("");
    return switch (factory.instantiation()) {
      case STATIC_ONLY -> CodeBlock.of("");
      case SUPPLIED -> CodeBlock.of("() -> $N", step);
      case DEFAULT_CONSTRUCTOR ->
          CodeBlock.of(
              "new $T<>($N, $T::new)",
              OnFirstUseWriter.className(pipeline),
              step,
              factory.className());
    };
  }

  /** Whether the generated class needs {@code OnFirstUse}. */
  boolean usesOnFirstUse() {
    return graph.pipeline().distinctFactories().stream()
        .anyMatch(f -> f.instantiation() == Instantiation.DEFAULT_CONSTRUCTOR);
  }

  private ClassName next(int requiredIndex) {
    return requiredIndex + 1 < steps.required().size()
        ? stage(stageName(steps.required().get(requiredIndex + 1)))
        : stage(BUILD_STAGE);
  }

  private ClassName stage(String name) {
    return pipeline.nestedClass(name);
  }

  /** {@code rawCitizen} → {@code RawCitizenStage}. */
  private static String stageName(BuilderStep step) {
    String name = step.name();
    return Character.toUpperCase(name.charAt(0)) + name.substring(1) + "Stage";
  }

  private static TypeName type(BuilderStep step) {
    if (step instanceof BuilderStep.ExternalStep external) {
      return TypeName.get(external.input().type()).withoutAnnotations().box();
    }
    return ((BuilderStep.FactoryInstanceStep) step).factory().className();
  }
}
