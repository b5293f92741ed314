package io.jsetl.processor.snapshot;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link SparkType} text and {@link TypeChange}: which type changes widen, narrow or break. */
class SnapshotTypesTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "boolean",
        "tinyint",
        "smallint",
        "int",
        "bigint",
        "float",
        "double",
        "string",
        "binary",
        "date",
        "timestamp",
        "timestamp_ntz",
        "decimal(10,2)",
        "decimal(38,18)",
        "array<string>",
        "map<string,int>",
        "struct<street:string,zip:string>",
        "struct<>",
        "array<map<string,array<struct<street:string,`zip code`:string>>>>",
        "struct<`a``b`:int>"
      })
  void textParsesBackToItself(String text) {
    assertThat(SparkType.parse(text).text()).isEqualTo(text);
  }

  @Test
  void fieldNamesThatAreNotIdentifiersAreQuoted() {
    SparkType type =
        new SparkType.Struct(
            List.of(
                new SparkType.Field("zip code", new SparkType.Atomic(SparkType.Name.STRING)),
                new SparkType.Field("a:b`c", new SparkType.Atomic(SparkType.Name.INT))));
    assertThat(type.text()).isEqualTo("struct<`zip code`:string,`a:b``c`:int>");
    assertThat(SparkType.parse(type.text())).isEqualTo(type);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "varchar | unknown type `varchar` in `varchar`",
        "decimal(10 | bad type `decimal(10` at character 11: expected `,`",
        "decimal(2,3) | bad type `decimal(2,3)` at character 13: decimal(2,3) is not a Spark"
            + " decimal (precision 1 to 38, scale 0 to precision)",
        "array<int | bad type `array<int` at character 10: expected `>`",
        "int> | bad type `int>` at character 4: unexpected `>` after the type",
        "struct<`a:int> | bad type `struct<`a:int>` at character 15: unterminated quoted field"
            + " name",
        "' ' | bad type ` ` at character 1: expected a type"
      })
  void badTextSaysWhatIsWrong(String text, String message) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> SparkType.parse(text));
    assertThat(e).hasMessageThat().startsWith(message);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "int | int | SAME",
        "tinyint | smallint | WIDENED",
        "tinyint | bigint | WIDENED",
        "smallint | int | WIDENED",
        "int | bigint | WIDENED",
        "int | double | WIDENED",
        "float | double | WIDENED",
        "bigint | int | NARROWED",
        "int | smallint | NARROWED",
        "smallint | tinyint | NARROWED",
        "double | float | NARROWED",
        "double | int | NARROWED",
        "bigint | double | INCOMPATIBLE",
        "int | float | INCOMPATIBLE",
        "string | int | INCOMPATIBLE",
        "date | timestamp | INCOMPATIBLE",
        "timestamp | timestamp_ntz | INCOMPATIBLE",
        "decimal(10,2) | decimal(12,2) | WIDENED",
        "decimal(12,2) | decimal(10,2) | NARROWED",
        "decimal(10,2) | decimal(10,3) | RESCALED",
        "decimal(10,2) | double | INCOMPATIBLE",
        "array<int> | array<bigint> | WIDENED",
        "array<int> | int | INCOMPATIBLE",
        "map<string,int> | map<string,bigint> | WIDENED",
        "map<int,int> | map<bigint,smallint> | NARROWED",
        "map<string,int> | map<string,string> | INCOMPATIBLE",
        "struct<a:int,b:int> | struct<b:int,a:int> | SAME",
        "struct<a:int> | struct<a:int,b:int> | WIDENED",
        "struct<a:int,b:int> | struct<a:int> | NARROWED",
        "struct<a:int> | struct<a:bigint,b:string> | WIDENED",
        "struct<a:int> | struct<b:int> | NARROWED",
        "struct<a:int> | struct<a:string,b:int> | INCOMPATIBLE"
      })
  void typeChanges(String older, String newer, TypeChange expected) {
    assertThat(TypeChange.between(SparkType.parse(older), SparkType.parse(newer)))
        .isEqualTo(expected);
  }

  @Test
  void onlyWideningAndSameDoNotBreak() {
    assertThat(List.of(TypeChange.values()).stream().filter(c -> !c.breaking()).toList())
        .containsExactly(TypeChange.SAME, TypeChange.WIDENED);
  }
}
