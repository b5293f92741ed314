package io.jsetl.processor.util;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import java.util.Optional;
import javax.lang.model.util.Elements;

/**
 * The {@code @Generated} annotation every generated type carries. It is left out when
 * {@code javax.annotation.processing.Generated} is not visible to the compilation (e.g. a module
 * that does not read {@code java.compiler}), as Dagger does, so generated code always compiles. No
 * date: output must be byte-identical from build to build.
 */
public final class GeneratedAnnotations {
  private static final String GENERATED = "javax.annotation.processing.Generated";
  private static final String PROCESSOR = "io.jsetl.processor.JsetlProcessor";

  private GeneratedAnnotations() {}

  public static Optional<AnnotationSpec> generated(Elements elements) {
    if (elements.getTypeElement(GENERATED) == null) {
      return Optional.empty();
    }
    return Optional.of(
        AnnotationSpec.builder(ClassName.get("javax.annotation.processing", "Generated"))
            .addMember("value", "$S", PROCESSOR)
            .build());
  }
}
