package io.jsetl.processor.pipeline;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.jsetl.processor.pipeline.PipelineSources.report;
import static io.jsetl.processor.pipeline.PipelineSources.source;
import static io.jsetl.processor.testing.Compilations.compile;
import static io.jsetl.processor.testing.Goldens.generatedSource;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The names of builder steps (documented in {@code StepNames}): an id made an identifier, else the
 * type in lowerCamelCase; required steps are stages in order of name, each returning the next.
 */
class BuilderStepNamesTest {
  @Test
  void namedAfterIdOrType() {
    JavaFileObject raw = source("RawCitizen", "public record RawCitizen(String name) {}");
    JavaFileObject f =
        source(
            "F",
            "public class F {",
            "  @Deliver public String all(",
            "      Dataset<RawCitizen> citizens,",
            "      Dataset<Row> rows,",
            "      List<String> names,",
            "      Long count,",
            "      Map<String, Long> totals,",
            "      String[] words,",
            "      @Input(id = \"raw-citizens\") String rawCitizens,",
            "      @Input(id = \"2024\") Integer year) {",
            "    return \"\";",
            "  }",
            "}");
    JavaFileObject p = report("F.class", "String all();");
    Compilation compilation = compile(raw, f, p);
    assertThat(compilation).succeededWithoutWarnings();
    String generated = generatedSource(compilation, "t.JsetlReport");
    assertThat(generated).contains("public static _2024Stage builder()");
    assertThat(generated).contains("LongValueStage _2024(Integer _2024);");
    assertThat(generated).contains("MapStage longValue(Long longValue);");
    assertThat(generated).contains("RawCitizenStage map(Map<String, Long> map);");
    assertThat(generated).contains("RawCitizensStage rawCitizen(Dataset<RawCitizen> rawCitizen);");
    assertThat(generated).contains("RowStage rawCitizens(String rawCitizens);");
    assertThat(generated).contains("StringArrayStage row(Dataset<Row> row);");
    assertThat(generated).contains("StringListStage stringArray(String[] stringArray);");
    assertThat(generated).contains("BuildStage stringList(List<String> stringList);");
  }
}
