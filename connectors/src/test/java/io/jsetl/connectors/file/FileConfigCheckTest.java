package io.jsetl.connectors.file;

import static io.jsetl.connectors.TestConnectors.check;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jsetl.connectors.ConnectorException;
import io.jsetl.connectors.TestConnectors;
import io.jsetl.runtime.connect.ConfigProblem;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Configuration checks of file connectors: no Spark, no files. */
class FileConfigCheckTest {

  private static List<String> keys(List<ConfigProblem> problems) {
    return problems.stream().map(ConfigProblem::key).toList();
  }

  @ParameterizedTest
  @ValueSource(strings = {"csv", "json", "parquet", "orc", "text"})
  void theCommonKeysAreValidForEveryStorage(String storage) {
    assertEquals(
        List.of(),
        check(
            "out",
            "storage = "
                + storage
                + ", path = out/x, mode = Overwrite, partition-by = [city],"
                + " options { compression = none }"));
  }

  @Test
  void theFormatKeysAreValid() {
    assertEquals(
        List.of(),
        check(
            "in",
            "storage = csv, path = a.csv, header = false, delimiter = \";\", infer-schema = true,"
                + " options.mode = permissive"));
    assertEquals(
        List.of(),
        check(
            "in", "storage = json, path = a.json, multiline = true, options.mode = DROPMALFORMED"));
  }

  @Test
  void aMissingPathIsAProblem() {
    ConfigProblem p = check("citizens_csv", "storage = csv").get(0);
    assertEquals(
        "jsetl.connectors.citizens_csv.path: is required but not set. Set it, e.g. path ="
            + " \"data/citizens.csv\".",
        p.describe());
  }

  @Test
  void aBadModeListsTheValidModes() {
    ConfigProblem p = check("out", "storage = parquet, path = out, mode = overwite").get(0);
    assertEquals("mode", p.key());
    assertEquals(
        "must be one of append, error, errorifexists, ignore, overwrite, but is 'overwite'; did you"
            + " mean 'overwrite'?",
        p.message());
  }

  @Test
  void anUnknownKeyListsTheKeysOfItsStorage() {
    ConfigProblem p = check("in", "storage = csv, path = a.csv, heder = true").get(0);
    assertEquals("heder", p.key());
    assertEquals(
        "is not a key of a csv connector; did you mean 'header'? Known keys: delimiter, header,"
            + " infer-schema, mode, options, partition-by, path, storage.",
        p.message());
  }

  @Test
  void aKeyOfAnotherFormatIsUnknown() {
    assertEquals(
        List.of("multiline"), keys(check("in", "storage = csv, path = a.csv, multiline = true")));
    assertEquals(
        List.of("header"), keys(check("in", "storage = parquet, path = p, header = true")));
  }

  @Test
  void aHeaderThatIsNotABooleanIsAProblem() {
    ConfigProblem p = check("in", "storage = csv, path = a.csv, header = sometimes").get(0);
    assertEquals("header", p.key());
    assertEquals("must be true or false, e.g. header = true, but is 'sometimes'.", p.message());
  }

  @Test
  void partitionByMustBeAList() {
    ConfigProblem p = check("out", "storage = parquet, path = p, partition-by = city").get(0);
    assertEquals("partition-by", p.key());
    assertTrue(
        p.message().startsWith("must be a list of strings, e.g. partition-by = [city]"),
        p::message);
  }

  @Test
  void aBadParseModeListsTheValidOnes() {
    ConfigProblem p =
        check("in", "storage = json, path = a.json, options { mode = lenient }").get(0);
    assertEquals("options.mode", p.key());
    assertEquals(
        "must be one of FAILFAST, PERMISSIVE, DROPMALFORMED, but is 'lenient'.", p.message());
  }

  @Test
  void everyProblemIsReturnedTogether() {
    List<ConfigProblem> problems =
        check("citizens_csv", "storage = csv, mode = sometimes, header = 42, delimitter = \";\"");
    assertEquals(List.of("delimitter", "path", "mode", "header"), keys(problems));
    problems.forEach(p -> assertEquals("citizens_csv", p.connector()));
  }

  @Test
  void openingAnInvalidConfigurationListsEveryProblem() {
    ConnectorException e =
        assertThrows(
            ConnectorException.class,
            () -> TestConnectors.open("citizens_csv", "storage = csv, header = 42"));
    assertEquals("citizens_csv", e.connector());
    assertEquals(
        "connector 'citizens_csv' cannot be opened: its configuration has 2 problem(s):\n"
            + "  - jsetl.connectors.citizens_csv.path: is required but not set. Set it, e.g. path ="
            + " \"data/citizens.csv\".\n"
            + "  - jsetl.connectors.citizens_csv.header: must be true or false, e.g. header = true,"
            + " but is '42'.\n"
            + "Fix them under jsetl.connectors.citizens_csv.",
        e.getMessage());
  }
}
