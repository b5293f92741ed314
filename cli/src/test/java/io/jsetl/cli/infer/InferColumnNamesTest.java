package io.jsetl.cli.infer;

import static com.google.common.truth.Truth.assertThat;

import io.jsetl.cli.CliRun;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Columns whose names are no Java identifiers keep them through {@code @Column}. */
class InferColumnNamesTest {
  @TempDir Path dir;

  @Test
  void weirdNamesBecomeCamelCaseComponentsThatKeepTheColumnName() {
    Path sample =
        Samples.write(
            dir,
            "weird.csv",
            "first name,first-name,e-mail,class,2nd score,ORDER_ID,hashCode,a.b,x`y",
            "Ada,Ada,ada@example.org,gold,1,10,5,u,v",
            "Bob,Bob,bob@example.org,gold,2,11,6,w,z");

    CliRun run = CliRun.of("infer", sample.toString(), "--name", "Weird");

    assertThat(run.exitCode()).isEqualTo(0);
    assertThat(run.out())
        .contains(
            """
            public record Weird(
                @Column("first name") @NotBlank @Length(max = 3) String firstName,
                @Column("first-name") @NotBlank @Length(max = 3) String firstName2,
                @Column("e-mail") @NotBlank @Length(max = 15) String eMail,
                @Column("class") @OneOf({"gold"}) String class_,
                @Column("2nd score") @Range(min = 1, max = 2) int col2ndScore,
                @Column("ORDER_ID") @Range(min = 10, max = 11) int orderId,
                @Column("hashCode") @Range(min = 5, max = 6) int hashCode_,
                @Column("a.b") @NotBlank @Length(max = 1) String aB,
                @Column("x`y") @NotBlank @Length(max = 1) String xY) {}
            """);
    RecordCompiler.compileCleanly("Weird", run.out());
  }

  @Test
  void nestedRecordsDoNotShadowTheTypesTheFileUses() {
    Path sample =
        Samples.write(
            dir,
            "shapes.json",
            "{\"range\": {\"min\": 1}, \"string\": {\"s\": \"a\"}, \"shapes\": {\"n\": 1}}");

    CliRun run = CliRun.of("infer", sample.toString());

    assertThat(run.exitCode()).isEqualTo(0);
    assertThat(run.out())
        .contains(
            """
            public record Shapes(
                Range2 range,
                Shapes2 shapes,
                String2 string) {
            """);
    RecordCompiler.compileCleanly("Shapes", run.out());
  }
}
