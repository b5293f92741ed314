package io.jsetl.connectors.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.typesafe.config.ConfigFactory;
import io.jsetl.runtime.connect.ConfigProblem;
import io.jsetl.runtime.connect.ConnectorConfig;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConfigCheckerTest {
  private static final List<ConfigKey> KEYS =
      List.of(
          ConfigKey.string("url", "url = \"jdbc:h2:mem:x\"").asRequired(),
          ConfigKey.string("password", "password = ${?DB_PASSWORD}").asSecret(),
          ConfigKey.oneOf("mode", "mode = append", "append", "overwrite"),
          ConfigKey.oneOf("token-kind", "token-kind = bearer", "bearer", "basic").asSecret(),
          ConfigKey.bool("ssl", "ssl = true"),
          ConfigKey.bool("verify-secret", "verify-secret = true").asSecret(),
          ConfigKey.stringList("keys", "keys = [id]"),
          ConfigKey.object("options", "options { a = 1 }"),
          ConfigKey.oneOf("options.level", "options { level = high }", "low", "high"));

  private static List<ConfigProblem> check(String hocon) {
    return ConfigChecker.check(
        new ConnectorConfig("db", ConfigFactory.parseString(hocon)), "a test connector", KEYS);
  }

  private static ConfigProblem only(List<ConfigProblem> problems) {
    assertEquals(1, problems.size(), () -> "problems: " + problems);
    return problems.get(0);
  }

  @Test
  void aValidConfigurationHasNoProblem() {
    assertEquals(
        List.of(),
        check(
            "url = x, password = p, mode = APPEND, ssl = yes, keys = [a, b],"
                + " options { a = 1, b.c = true, level = low }"));
  }

  @Test
  void anUnknownKeyNamesTheClosestKnownKeyAndListsThemAll() {
    ConfigProblem p = only(check("url = x, sssl = true"));
    assertEquals("db", p.connector());
    assertEquals("sssl", p.key());
    assertEquals(
        "is not a key of a test connector; did you mean 'ssl'? Known keys: keys, mode, options,"
            + " password, ssl, token-kind, url, verify-secret.",
        p.message());
  }

  @Test
  void anUnknownKeyFarFromEveryKnownKeyGetsNoGuess() {
    assertTrue(
        only(check("url = x, colour = red"))
            .message()
            .startsWith("is not a key of a test connector. Known keys:"));
  }

  @Test
  void aMissingRequiredKeySaysHowToSetIt() {
    ConfigProblem p = only(check("ssl = true"));
    assertEquals("url", p.key());
    assertEquals("is required but not set. Set it, e.g. url = \"jdbc:h2:mem:x\".", p.message());
  }

  @Test
  void aBlankStringIsAProblem() {
    assertEquals(
        "is empty. Set it, e.g. url = \"jdbc:h2:mem:x\".", only(check("url = \"  \"")).message());
  }

  @Test
  void aValueOutsideTheAllowedOnesIsShownWithTheClosestAllowedValue() {
    ConfigProblem p = only(check("url = x, mode = apend"));
    assertEquals("mode", p.key());
    assertEquals(
        "must be one of append, overwrite, but is 'apend'; did you mean 'append'?", p.message());
  }

  @Test
  void aSecretValueIsNeverShown() {
    List<ConfigProblem> problems =
        check("url = x, password = [s3cr3t], token-kind = s3cr3t, verify-secret = s3cr3t");
    assertEquals(3, problems.size(), () -> "problems: " + problems);
    problems.forEach(p -> assertFalse(p.message().contains("s3cr3t"), p::message));
    assertEquals("must be one of bearer, basic, but is a string.", problems.get(1).message());
  }

  @Test
  void aValueOfTheWrongKindSaysWhichKindItMustBe() {
    List<ConfigProblem> problems = check("url = x, ssl = maybe, keys = id, options = \"a=1\"");
    assertEquals(3, problems.size(), () -> "problems: " + problems);
    assertEquals(
        "must be true or false, e.g. ssl = true, but is 'maybe'.", problems.get(0).message());
    assertEquals(
        "must be a list of strings, e.g. keys = [id], but is 'id'.", problems.get(1).message());
    assertEquals(
        "must be an object { key = value, ... }, e.g. options { a = 1 }, but is 'a=1'.",
        problems.get(2).message());
  }

  @Test
  void aKeyInsideAnObjectIsCheckedOnlyWhenItsParentIsAnObject() {
    assertEquals("options", only(check("url = x, options = 3")).key());
    ConfigProblem p = only(check("url = x, options { level = extreme }"));
    assertEquals("options.level", p.key());
  }

  @Test
  void anOptionThatIsNotAScalarIsAProblem() {
    ConfigProblem p = only(check("url = x, options { list = [1, 2] }"));
    assertEquals("options.list", p.key());
    assertEquals("must be a string, number or boolean, but is a list.", p.message());
  }
}
