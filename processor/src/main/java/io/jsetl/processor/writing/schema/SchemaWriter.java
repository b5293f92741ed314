package io.jsetl.processor.writing.schema;

import static io.jsetl.processor.writing.schema.RuntimeTypes.COL;
import static io.jsetl.processor.writing.schema.RuntimeTypes.ENCODER;
import static io.jsetl.processor.writing.schema.RuntimeTypes.RULE_SET;
import static io.jsetl.processor.writing.schema.RuntimeTypes.STRUCT_TYPE;
import static javax.lang.model.element.Modifier.FINAL;
import static javax.lang.model.element.Modifier.PRIVATE;
import static javax.lang.model.element.Modifier.PUBLIC;
import static javax.lang.model.element.Modifier.STATIC;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
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
 * only: {@code ENCODER}, {@code SCHEMA}, one {@code Col} per component, {@code RULES}. The output
 * depends on nothing but the model, so it is the same from build to build.
 */
public final class SchemaWriter {
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
    type.addField(
        FieldSpec.builder(
                ParameterizedTypeName.get(RULE_SET, record), "RULES", PUBLIC, STATIC, FINAL)
            .addJavadoc("The checks of {@link $T}, in declaration order.\n", record)
            .initializer(RuleCode.ruleSet(schema))
            .build());

    return SourceFiles.javaFile(schema.generatedName().packageName(), type.build());
  }
}
