package io.jsetl.processor.writing.schema;

import static io.jsetl.processor.writing.schema.RuntimeTypes.COL;
import static io.jsetl.processor.writing.schema.RuntimeTypes.ENCODER;
import static io.jsetl.processor.writing.schema.RuntimeTypes.RULE;
import static io.jsetl.processor.writing.schema.RuntimeTypes.RULE_SET;
import static io.jsetl.processor.writing.schema.RuntimeTypes.STRUCT_TYPE;
import static javax.lang.model.element.Modifier.FINAL;
import static javax.lang.model.element.Modifier.PRIVATE;
import static javax.lang.model.element.Modifier.PUBLIC;
import static javax.lang.model.element.Modifier.STATIC;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import io.jsetl.processor.model.schema.ColumnModel;
import io.jsetl.processor.model.schema.SchemaModel;
import io.jsetl.processor.util.SourceFiles;
import java.util.Optional;

/**
 * Writes {@code Citizen_} for {@code @Schema record Citizen}, from a validated {@link SchemaModel}
 * only: {@code ENCODER}, {@code SCHEMA}, one {@code Col} per component, {@code RULES} and {@code
 * violations(x)}, their plain-Java backend. The output depends on nothing but the model, so it is
 * the same from build to build.
 */
public final class SchemaWriter {
  private static final ClassName LIST = ClassName.get("java.util", "List");

  private final Optional<AnnotationSpec> generated;

  /** @param generated the {@code @Generated} annotation, when the compilation can see it */
  public SchemaWriter(Optional<AnnotationSpec> generated) {
    this.generated = generated;
  }

  public JavaFile write(SchemaModel schema) {
    ClassName record = schema.recordName();
    TypeSpec.Builder type =
        TypeSpec.classBuilder(schema.generatedName())
            .addOriginatingElement(schema.element())
            .addJavadoc("Encoder, schema, typed columns and checks of {@link $T}.\n", record)
            // Public like the record, which validation requires to be public everywhere.
            .addModifiers(PUBLIC, FINAL)
            // A field named like a type used here (a component called "Rule") would shadow it.
            .alwaysQualify(
                schema.columns().stream().map(ColumnModel::name).toArray(String[]::new));
    generated.ifPresent(type::addAnnotation);
    type.addMethod(MethodSpec.constructorBuilder().addModifiers(PRIVATE).build());

    type.addField(
        FieldSpec.builder(
                ParameterizedTypeName.get(ENCODER, record), "ENCODER", PUBLIC, STATIC, FINAL)
            .addJavadoc("A typed Spark encoder of {@link $T}.\n", record)
            .initializer(EncodingCode.encoder(record, schema.columns()))
            .build());
    type.addField(
        FieldSpec.builder(STRUCT_TYPE, "SCHEMA", PUBLIC, STATIC, FINAL)
            .addJavadoc(
                "The Spark schema of {@link $T}; give it to readers of CSV and JSON.\n", record)
            .initializer("ENCODER.schema()")
            .build());
    for (ColumnModel column : schema.columns()) {
      type.addField(
          FieldSpec.builder(
                  ParameterizedTypeName.get(COL, record, ColumnJavaTypes.of(column.type())),
                  column.name(),
                  PUBLIC,
                  STATIC,
                  FINAL)
              .addJavadoc("The column of {@link $T#$N()}.\n", record, column.name())
              .initializer("$T.of($T.class, $S)", COL, record, column.column())
              .build());
    }
    CompiledRules rules = CompiledRules.of(schema);
    // Before RULES, whose initializer reads them.
    for (CompiledRules.Field field : rules.fields()) {
      type.addField(
          FieldSpec.builder(RULE, field.name(), PRIVATE, STATIC, FINAL)
              .initializer(field.rule().code())
              .build());
    }
    type.addField(
        FieldSpec.builder(
                ParameterizedTypeName.get(RULE_SET, record), "RULES", PUBLIC, STATIC, FINAL)
            .addJavadoc(
                "The checks of {@link $T}, in declaration order, those of nested records included"
                    + "\n(named by their column path, e.g. {@code home.zip}).\n",
                record)
            .initializer(ruleSet(schema, rules))
            .build());
    type.addMethod(ViolationsCode.method(record, rules));

    return SourceFiles.javaFile(schema.generatedName().packageName(), type.build());
  }

  /** {@code RuleSet.of(Citizen.class, List.of("id", "name", ...), ID_UNIQUE, ...)}. */
  private static CodeBlock ruleSet(SchemaModel schema, CompiledRules rules) {
    CodeBlock columns =
        schema.columns().stream()
            .map(c -> CodeBlock.of("$S", c.column()))
            .collect(CodeBlock.joining(",$W"));
    CodeBlock.Builder code =
        CodeBlock.builder()
            .add("$T.of($T.class,\n$>$>$T.of($L)", RULE_SET, schema.recordName(), LIST, columns);
    for (CompiledRules.Field field : rules.fields()) {
      code.add(",\n$N", field.name());
    }
    return code.add("$<$<)").build();
  }
}
