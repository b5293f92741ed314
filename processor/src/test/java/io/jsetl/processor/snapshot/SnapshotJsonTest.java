package io.jsetl.processor.snapshot;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link SnapshotJson}: the exact text written, and every way a hand-edited file can be wrong. */
class SnapshotJsonTest {
  private static final SchemaSnapshot CITIZEN =
      new SchemaSnapshot(
          "t.Citizen",
          2,
          List.of(
              new SchemaSnapshot.Column("age", "int", false, List.of("range[0..150]")),
              new SchemaSnapshot.Column("e_mail", "string", true, List.of("pattern[^\"\\s]+$")),
              new SchemaSnapshot.Column("tags", "array<string>", false, List.of())),
          List.of("adultsOnly"));

  private static final String CITIZEN_JSON =
      """
      {
        "format": 1,
        "record": "t.Citizen",
        "version": 2,
        "columns": [
          {
            "name": "age",
            "type": "int",
            "nullable": false,
            "rules": ["range[0..150]"]
          },
          {
            "name": "e_mail",
            "type": "string",
            "nullable": true,
            "rules": ["pattern[^\\"\\\\s]+$"]
          },
          {
            "name": "tags",
            "type": "array<string>",
            "nullable": false,
            "rules": []
          }
        ],
        "rules": ["adultsOnly"]
      }
      """;

  @Test
  void writesStablePrettyText() {
    assertThat(SnapshotJson.write(CITIZEN)).isEqualTo(CITIZEN_JSON);
  }

  @Test
  void readsWhatItWrites() {
    assertThat(SnapshotJson.read(CITIZEN_JSON)).isEqualTo(CITIZEN);
  }

  @Test
  void writesARecordWithoutColumns() {
    SchemaSnapshot empty = new SchemaSnapshot("t.Empty", 1, List.of(), List.of());
    String json = SnapshotJson.write(empty);
    assertThat(json)
        .isEqualTo(
            "{\n  \"format\": 1,\n  \"record\": \"t.Empty\",\n  \"version\": 1,\n"
                + "  \"columns\": [],\n  \"rules\": []\n}\n");
    assertThat(SnapshotJson.read(json)).isEqualTo(empty);
  }

  @Test
  void escapesOnlyWhatJsonRequires() {
    assertThat(SnapshotJson.quote("a\"b\\c\nd\te\u0001é€"))
        .isEqualTo("\"a\\\"b\\\\c\\nd\\te\\u0001é€\"");
  }

  @Test
  void readsAnyLayoutAndEscapes() {
    String compact =
        "\uFEFF{\"rules\":[],\"columns\":[{\"rules\":[\"a\\u0041\\/\"],\"nullable\":true,"
            + "\"type\":\"decimal(10,2)\",\"name\":\"n\"}],\"version\":3,\"record\":\"t.X\","
            + "\"format\":1}";
    assertThat(SnapshotJson.read(compact))
        .isEqualTo(
            new SchemaSnapshot(
                "t.X",
                3,
                List.of(new SchemaSnapshot.Column("n", "decimal(10,2)", true, List.of("aA/"))),
                List.of()));
  }

  static Stream<Arguments> badJson() {
    return Stream.of(
        arguments("", "line 1, column 1: unexpected end of text, expected a value"),
        arguments("{\"format\": 1,}", "line 1, column 14: expected a member name in double quotes"),
        arguments(
            "{\n  \"format\": 1\n  \"record\": \"t.X\"}",
            "line 3, column 3: expected `}` but found `\"`"),
        arguments("{\"a\": tru}", "line 1, column 7: unexpected `t`, expected a value"),
        arguments(
            "{\"a\": \"x\ny\"}",
            "line 1, column 9: control character U+000A in a string; write it escaped"),
        arguments("{\"a\": \"\\q\"}", "line 1, column 9: unknown escape `\\q`"),
        arguments("{\"a\": 01}", "line 1, column 8: expected `}` but found `1`"),
        arguments("{\"a\": 1, \"a\": 2}", "line 1, column 10: duplicate member \"a\""),
        arguments("[1] x", "line 1, column 5: unexpected `x` after the JSON value"),
        arguments("[1", "line 1, column 3: unexpected end of text, expected `]`"),
        arguments("\"abc", "line 1, column 5: unterminated string"),
        arguments("[-]", "line 1, column 3: expected a digit"),
        arguments("[\"\\u12\"]", "line 1, column 7: `\\u` needs four hex digits"),
        arguments("[1]", "the snapshot: expected an object, found an array"));
  }

  @ParameterizedTest
  @MethodSource("badJson")
  void badJsonSaysWhereAndWhat(String json, String message) {
    SnapshotFormatException e =
        assertThrows(SnapshotFormatException.class, () -> SnapshotJson.read(json));
    assertThat(e).hasMessageThat().isEqualTo(message);
  }

  @Test
  void wrongShapeNamesThePathOfTheValueAtFault() {
    assertThat(badShape(CITIZEN_JSON.replace("\"version\": 2", "\"version\": \"2\"")))
        .isEqualTo("version: expected a whole number, found \"2\"");
    assertThat(badShape(CITIZEN_JSON.replace("\"version\": 2", "\"version\": 2.5")))
        .isEqualTo("version: expected a whole number from -2147483648 to 2147483647, found 2.5");
    assertThat(badShape(CITIZEN_JSON.replace("\"type\": \"string\"", "\"type\": \"text\"")))
        .startsWith("columns[1].type: unknown type `text` in `text`");
    assertThat(badShape(CITIZEN_JSON.replace("\"nullable\": true", "\"nullable\": \"yes\"")))
        .isEqualTo("columns[1].nullable: expected true or false, found \"yes\"");
    assertThat(badShape(CITIZEN_JSON.replace("[\"adultsOnly\"]", "[\"adultsOnly\", 3]")))
        .isEqualTo("rules[1]: expected a string, found 3");
    assertThat(badShape(CITIZEN_JSON.replace("\"name\": \"tags\"", "\"name\": \"age\"")))
        .isEqualTo("columns[2].name: column \"age\" is listed twice");
    assertThat(badShape(CITIZEN_JSON.replace("\"name\": \"tags\"", "\"name\": \" \"")))
        .isEqualTo("columns[2].name: is blank");
    assertThat(badShape(CITIZEN_JSON.replace("\"record\"", "\"recrod\"")))
        .isEqualTo(
            "the snapshot: unknown member \"recrod\" (expected [columns, format, record, rules,"
                + " version])");
    assertThat(
            badShape(
                CITIZEN_JSON.replace(
                    "      \"nullable\": false,\n      \"rules\": []",
                    "      \"nullable\": false")))
        .isEqualTo("columns[2]: member \"rules\" is missing");
    assertThat(badShape(CITIZEN_JSON.replace("\"format\": 1", "\"format\": 2")))
        .isEqualTo(
            "format: 2 is not a snapshot layout this jsetl knows (it reads format 1); the file was"
                + " written by another jsetl version");
  }

  private static String badShape(String json) {
    assertThat(json).isNotEqualTo(CITIZEN_JSON); // the replacement applied
    return assertThrows(SnapshotFormatException.class, () -> SnapshotJson.read(json)).getMessage();
  }
}
