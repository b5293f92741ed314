package io.jsetl.cli.infer;

import static com.google.common.truth.Truth.assertThat;

import io.jsetl.cli.CliRun;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Nullability from the nulls seen, and {@code @OneOf} for strings with few repeating values. */
class InferNullsAndOneOfTest {
  @TempDir Path dir;

  @Test
  void aColumnWithANullIsNullableAndBoxed() {
    Path sample =
        Samples.write(
            dir, "people.csv", "name,age,nickname,score", "Ada,36,,1.5", "Bob,,,2.5", "Cy,41,,");

    CliRun run = CliRun.of("infer", sample.toString());

    assertThat(run.exitCode()).isEqualTo(0);
    assertThat(run.out())
        .contains(
            """
            public record People(
                @NotBlank @Length(max = 3) String name,
                @Range(min = 36, max = 41) @Nullable Integer age,
                @Nullable String nickname,
                @Range(min = 1.5, max = 2.5) @Nullable Double score) {}
            """);
    RecordCompiler.compileCleanly("People", run.out());
  }

  @Test
  void blankStringsAreNotSuggestedNotBlank() {
    Path sample = Samples.write(dir, "notes.json", "{\"note\": \"ok\"}", "{\"note\": \"  \"}");

    CliRun run = CliRun.of("infer", sample.toString(), "--one-of-max", "1");

    assertThat(run.out()).contains("    @Length(max = 2) String note) {}");
  }

  @Test
  void fewRepeatingValuesBecomeOneOfEscapedAsJava() {
    Path sample =
        Samples.write(
            dir,
            "tickets.json",
            "{\"status\": \"open\", \"label\": \"say \\\"hi\\\"\"}",
            "{\"status\": \"closed\", \"label\": \"C:\\\\temp\"}",
            "{\"status\": \"open\", \"label\": \"say \\\"hi\\\"\"}",
            "{\"status\": \"open\", \"label\": \"C:\\\\temp\"}");

    CliRun run = CliRun.of("infer", sample.toString(), "--name", "Ticket");

    assertThat(run.exitCode()).isEqualTo(0);
    assertThat(run.out())
        .contains(
            """
            public record Ticket(
                @OneOf({"C:\\\\temp", "say \\"hi\\""}) String label,
                @OneOf({"closed", "open"}) String status) {}
            """);
    RecordCompiler.compileCleanly("Ticket", run.out());
  }

  @Test
  void moreDistinctValuesThanOneOfMaxGetLengthInstead() {
    Path sample =
        Samples.write(
            dir, "colors.csv", "color", "red", "green", "blue", "red", "green", "blue", "red");

    CliRun few = CliRun.of("infer", sample.toString());
    CliRun tooMany = CliRun.of("infer", sample.toString(), "--one-of-max", "2");

    assertThat(few.out()).contains("@OneOf({\"blue\", \"green\", \"red\"}) String color) {}");
    assertThat(tooMany.out()).contains("@NotBlank @Length(max = 5) String color) {}");
  }

  @Test
  void valuesThatDoNotRepeatAreFreeTextNotAnEnumeration() {
    Path sample = Samples.write(dir, "names.csv", "name", "Ada", "Bob", "Cy");

    CliRun run = CliRun.of("infer", sample.toString());

    assertThat(run.out()).contains("@NotBlank @Length(max = 3) String name) {}");
  }
}
