package io.jsetl.processor.writing.pipeline;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import com.palantir.javapoet.WildcardTypeName;
import java.util.function.Supplier;
import javax.lang.model.element.Modifier;

/**
 * The nested {@code OnFirstUse<T>} of a generated pipeline: the factory instance given to the
 * builder, or one created on first use and then reused, so that every node of one factory class
 * runs on one instance per pipeline, created only if one of them runs. Synchronized: nodes run in
 * parallel.
 */
final class OnFirstUseWriter {
  static final String NAME = "OnFirstUse";

  private OnFirstUseWriter() {}

  static ClassName className(ClassName pipeline) {
    return pipeline.nestedClass(NAME);
  }

  static TypeSpec type() {
    TypeVariableName t = TypeVariableName.get("T");
    ParameterizedTypeName create =
        ParameterizedTypeName.get(ClassName.get(Supplier.class), WildcardTypeName.subtypeOf(t));
    return TypeSpec.classBuilder(NAME)
        .addJavadoc(
            "A factory instance: the one given to the builder, or one created on first use.\n")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .addTypeVariable(t)
        .addSuperinterface(ParameterizedTypeName.get(ClassName.get(Supplier.class), t))
        .addField(FieldSpec.builder(create, "create", Modifier.PRIVATE, Modifier.FINAL).build())
        .addField(FieldSpec.builder(t, "instance", Modifier.PRIVATE).build())
        .addMethod(
            MethodSpec.constructorBuilder()
                .addParameter(t, "given")
                .addParameter(create, "create")
                .addStatement("this.instance = given")
                .addStatement("this.create = create")
                .build())
        .addMethod(
            MethodSpec.methodBuilder("get")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC, Modifier.SYNCHRONIZED)
                .returns(t)
                .beginControlFlow("if (instance == null)")
                .addStatement("instance = create.get()")
                .endControlFlow()
                .addStatement("return instance")
                .build())
        .build();
  }
}
